namespace Credentials.Verifier.Reports;

/// <summary>Plain-language meaning of every code, in English, Finnish and Swedish (README table, web page, CLI).</summary>
public static class CheckTexts
{
    /// <summary>Code → (en, fi, sv).</summary>
    public static readonly IReadOnlyDictionary<string, (string En, string Fi, string Sv)> All = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
    {
        [CheckCodes.FormatOk] = ("The file was read and holds a credential.", "Tiedosto luettiin, ja se sisältää todisteen.", "Filen lästes och innehåller ett intyg."),
        [CheckCodes.FormatTooLarge] = ("The input is larger than the size limit.", "Syöte ylittää kokorajan.", "Indata är större än storleksgränsen."),
        [CheckCodes.FormatUnreadable] = ("The input is neither a signed token nor JSON.", "Syöte ei ole allekirjoitettu tunniste eikä JSON.", "Indata är varken en signerad token eller JSON."),
        [CheckCodes.FormatMalformedJws] = ("The signed token is damaged or incomplete.", "Allekirjoitettu tunniste on vioittunut tai vajaa.", "Den signerade token är skadad eller ofullständig."),
        [CheckCodes.FormatDuplicateMember] = ("A field name appears twice in one object; ambiguous input is refused.", "Sama kentän nimi esiintyy kahdesti; monitulkintaista syötettä ei hyväksytä.", "Ett fältnamn förekommer två gånger; tvetydig indata avvisas."),
        [CheckCodes.FormatNotACredential] = ("The content is not a verifiable credential.", "Sisältö ei ole todennettava todiste.", "Innehållet är inte ett verifierbart intyg."),
        [CheckCodes.FormatClaimsMismatch] = ("The token's claims contradict the credential inside it.", "Tunnisteen väitteet ovat ristiriidassa sen sisältämän todisteen kanssa.", "Tokens anspråk motsäger intyget i den."),
        [CheckCodes.SchemaValid] = ("All required micro-credential data is present and well formed.", "Kaikki pakolliset mikrotutkinnon tiedot ovat mukana ja oikeassa muodossa.", "Alla obligatoriska uppgifter om mikromeritet finns och är korrekt utformade."),
        [CheckCodes.SchemaInvalid] = ("Required data is missing or malformed.", "Pakollisia tietoja puuttuu tai ne ovat väärässä muodossa.", "Obligatoriska uppgifter saknas eller är felaktiga."),
        [CheckCodes.SchemaNotApplicable] = ("No schema applies to this kind of credential.", "Tämän tyyppiselle todisteelle ei ole skeemaa.", "Inget schema gäller för denna typ av intyg."),
        [CheckCodes.SchemaShaclConforms] = ("The credential conforms to the official Europass shapes it names.", "Todiste on nimeämiensä virallisten Europass-muotojen mukainen.", "Intyget följer de officiella Europass-former det anger."),
        [CheckCodes.SchemaShaclViolation] = ("The credential breaks a rule of the official Europass shapes.", "Todiste rikkoo virallisten Europass-muotojen sääntöä.", "Intyget bryter mot en regel i de officiella Europass-formerna."),
        [CheckCodes.SchemaShaclWarning] = ("The official Europass shapes flag something to look at.", "Viralliset Europass-muodot nostavat esiin tarkistettavan asian.", "De officiella Europass-formerna pekar ut något att granska."),
        [CheckCodes.SchemaShapeUnknown] = ("The credential names shapes this verifier does not have, so its structure could not be checked.", "Todiste viittaa muotoihin, joita tällä tarkistimella ei ole, joten rakennetta ei voitu tarkistaa.", "Intyget anger former som denna verifierare saknar, så strukturen kunde inte kontrolleras."),
        [CheckCodes.SchemaRdfUnreadable] = ("The credential's linked data could not be read, so its structure could not be checked.", "Todisteen linkitettyä dataa ei voitu lukea, joten rakennetta ei voitu tarkistaa.", "Intygets länkade data kunde inte läsas, så strukturen kunde inte kontrolleras."),
        [CheckCodes.SchemaAnnexIncomplete] = ("An element of the EU micro-credential list (Annex I) is missing; noted only, as the credential does not claim our profile.", "EU:n mikrotutkintoluettelon (liite I) tieto puuttuu; vain huomautus, koska todiste ei väitä noudattavansa profiiliamme.", "En uppgift i EU:s lista för mikromeriter (bilaga I) saknas; endast en anmärkning, eftersom intyget inte gör anspråk på vår profil."),
        [CheckCodes.SchemaVocabularyInvalid] = ("A value from a mandatory Europass list (such as the EQF level or country) is not in that list.", "Pakollisen Europass-luettelon arvo (kuten EQF-taso tai maa) ei ole luettelossa.", "Ett värde ur en obligatorisk Europass-lista (som EQF-nivå eller land) finns inte i listan."),
        [CheckCodes.SchemaVocabularyUnknown] = ("A value is not in the Europass list this verifier has, so it could not be confirmed.", "Arvo ei ole tämän tarkistimen Europass-luettelossa, joten sitä ei voitu vahvistaa.", "Ett värde finns inte i den Europass-lista denna verifierare har, så det kunde inte bekräftas."),
        [CheckCodes.SchemaSkipped] = ("Not checked: the credential could not be read.", "Ei tarkistettu: todistetta ei voitu lukea.", "Inte kontrollerat: intyget kunde inte läsas."),
        [CheckCodes.ProofValid] = ("The signature is valid: the credential is unchanged since it was signed.", "Allekirjoitus on pätevä: todistetta ei ole muutettu allekirjoituksen jälkeen.", "Signaturen är giltig: intyget är oförändrat sedan det signerades."),
        [CheckCodes.ProofSignatureInvalid] = ("The signature does not match: the credential was changed or forged.", "Allekirjoitus ei täsmää: todistetta on muutettu tai se on väärennetty.", "Signaturen stämmer inte: intyget har ändrats eller förfalskats."),
        [CheckCodes.ProofAlgorithmNotAllowed] = ("The signature algorithm is not allowed for this key.", "Allekirjoitusalgoritmi ei ole sallittu tälle avaimelle.", "Signaturalgoritmen är inte tillåten för denna nyckel."),
        [CheckCodes.ProofKeyMissing] = ("The signature does not say which key made it.", "Allekirjoituksesta ei käy ilmi, millä avaimella se on tehty.", "Signaturen anger inte vilken nyckel som gjorde den."),
        [CheckCodes.ProofKeyInvalid] = ("The signing key is malformed or not listed for signing credentials.", "Allekirjoitusavain on virheellinen tai sitä ei ole ilmoitettu todisteiden allekirjoittamiseen.", "Signeringsnyckeln är felaktig eller inte angiven för att signera intyg."),
        [CheckCodes.ProofKeyUnresolved] = ("The signing key could not be found, so the signature could not be checked.", "Allekirjoitusavainta ei löytynyt, joten allekirjoitusta ei voitu tarkistaa.", "Signeringsnyckeln kunde inte hittas, så signaturen kunde inte kontrolleras."),
        [CheckCodes.ProofKeyNotIssuers] = ("The signature was made with a key that does not belong to the issuer named in the credential.", "Allekirjoitus on tehty avaimella, joka ei kuulu todisteessa nimetylle myöntäjälle.", "Signaturen gjordes med en nyckel som inte tillhör utfärdaren som anges i intyget."),
        [CheckCodes.ProofUnsupportedHeader] = ("The signature uses an extension this verifier does not understand.", "Allekirjoitus käyttää laajennusta, jota tämä tarkistin ei tunne.", "Signaturen använder ett tillägg som denna verifierare inte förstår."),
        [CheckCodes.ProofMissing] = ("The credential is not signed.", "Todistetta ei ole allekirjoitettu.", "Intyget är inte signerat."),
        [CheckCodes.ProofUnsupported] = ("This kind of signature cannot be checked here yet.", "Tämän tyyppistä allekirjoitusta ei voi vielä tarkistaa täällä.", "Denna typ av signatur kan inte kontrolleras här ännu."),
        [CheckCodes.ProofSkipped] = ("Not checked: the credential could not be read.", "Ei tarkistettu: todistetta ei voitu lukea.", "Inte kontrollerat: intyget kunde inte läsas."),
        [CheckCodes.IssuerValid] = ("The signing key belongs to the issuer named in the credential.", "Allekirjoitusavain kuuluu todisteessa nimetylle myöntäjälle.", "Signeringsnyckeln tillhör utfärdaren som anges i intyget."),
        [CheckCodes.IssuerMissing] = ("The credential names no issuer.", "Todisteessa ei ole myöntäjää.", "Intyget anger ingen utfärdare."),
        [CheckCodes.IssuerKeyNotControlled] = ("The signing key does not belong to the issuer named in the credential.", "Allekirjoitusavain ei kuulu todisteessa nimetylle myöntäjälle.", "Signeringsnyckeln tillhör inte utfärdaren som anges i intyget."),
        [CheckCodes.IssuerSkipped] = ("Not checked: the signing key is not known.", "Ei tarkistettu: allekirjoitusavain ei ole tiedossa.", "Inte kontrollerat: signeringsnyckeln är okänd."),
        [CheckCodes.ValidityValid] = ("The credential is within its validity period.", "Todiste on voimassa.", "Intyget är inom sin giltighetstid."),
        [CheckCodes.ValidityNotYetValid] = ("The credential is not valid yet.", "Todiste ei ole vielä voimassa.", "Intyget är inte giltigt ännu."),
        [CheckCodes.ValidityExpired] = ("The credential has expired.", "Todisteen voimassaolo on päättynyt.", "Intygets giltighet har gått ut."),
        [CheckCodes.ValidityMalformedDate] = ("A date in the credential is malformed.", "Todisteen päivämäärä on virheellinen.", "Ett datum i intyget är felaktigt."),
        [CheckCodes.ValiditySkipped] = ("Not checked: the credential could not be read.", "Ei tarkistettu: todistetta ei voitu lukea.", "Inte kontrollerat: intyget kunde inte läsas."),
        [CheckCodes.StatusNone] = ("The credential has no revocation status to check.", "Todisteella ei ole tarkistettavaa peruutustilaa.", "Intyget har ingen återkallelsestatus att kontrollera."),
        [CheckCodes.StatusUnchecked] = ("The revocation status could not be checked.", "Peruutustilaa ei voitu tarkistaa.", "Återkallelsestatus kunde inte kontrolleras."),
        [CheckCodes.StatusSkipped] = ("Not checked: the credential could not be read.", "Ei tarkistettu: todistetta ei voitu lukea.", "Inte kontrollerat: intyget kunde inte läsas."),
        [CheckCodes.StatusActive] = ("The issuer has neither revoked nor suspended the credential.", "Myöntäjä ei ole peruuttanut eikä keskeyttänyt todistetta.", "Utfärdaren har varken återkallat eller tillfälligt spärrat intyget."),
        [CheckCodes.StatusRevoked] = ("The issuer has revoked the credential.", "Myöntäjä on peruuttanut todisteen.", "Utfärdaren har återkallat intyget."),
        [CheckCodes.StatusSuspended] = ("The issuer has suspended the credential for now.", "Myöntäjä on toistaiseksi keskeyttänyt todisteen voimassaolon.", "Utfärdaren har tills vidare spärrat intyget."),
        [CheckCodes.StatusListUnavailable] = ("The issuer's status list could not be obtained, so revocation could not be checked.", "Myöntäjän tilaluetteloa ei saatu, joten peruutusta ei voitu tarkistaa.", "Utfärdarens statuslista kunde inte hämtas, så återkallelse kunde inte kontrolleras."),
        [CheckCodes.StatusListInvalid] = ("The status list is not validly signed by the issuer, so it cannot be relied on.", "Tilaluettelo ei ole myöntäjän pätevästi allekirjoittama, joten siihen ei voi luottaa.", "Statuslistan är inte giltigt signerad av utfärdaren och kan inte litas på."),
        [CheckCodes.StatusIndexOutOfRange] = ("The credential points to a position outside its status list.", "Todiste viittaa tilaluettelon ulkopuoliseen kohtaan.", "Intyget pekar på en position utanför sin statuslista."),
        [CheckCodes.TrustTrusted] = ("The issuer is on the list of trusted issuers.", "Myöntäjä on luotettujen myöntäjien luettelossa.", "Utfärdaren finns på listan över betrodda utfärdare."),
        [CheckCodes.TrustIssuerUnknown] = ("The issuer is not on the list of trusted issuers.", "Myöntäjä ei ole luotettujen myöntäjien luettelossa.", "Utfärdaren finns inte på listan över betrodda utfärdare."),
        [CheckCodes.TrustNotConfigured] = ("No list of trusted issuers is configured.", "Luotettujen myöntäjien luetteloa ei ole määritetty.", "Ingen lista över betrodda utfärdare är konfigurerad."),
        [CheckCodes.TrustSkipped] = ("Not checked: the issuer's key is not proved.", "Ei tarkistettu: myöntäjän avainta ei ole todennettu.", "Inte kontrollerat: utfärdarens nyckel är inte bevisad."),
        [CheckCodes.FormatPayloadNotJson] = ("The sealed content is not a JSON credential.", "Sinetöity sisältö ei ole JSON-muotoinen todiste.", "Det förseglade innehållet är inte ett intyg i JSON."),
        [CheckCodes.ProofTypeUnsupported] = ("The proof is of a type this verifier does not accept.", "Todisteen tyyppiä ei hyväksytä.", "Bevisets typ accepteras inte."),
        [CheckCodes.ProofCryptosuiteUnsupported] = ("The proof uses an unknown cryptographic suite.", "Todiste käyttää tuntematonta salausmenetelmää.", "Beviset använder en okänd kryptosvit."),
        [CheckCodes.ProofPurposeMissing] = ("The proof does not state its purpose.", "Todisteesta puuttuu käyttötarkoitus.", "Beviset anger inget syfte."),
        [CheckCodes.ProofPurposeMismatch] = ("The proof was made for another purpose.", "Todiste on tehty toiseen tarkoitukseen.", "Beviset gjordes för ett annat syfte."),
        [CheckCodes.ProofVerificationMethodMissing] = ("The proof does not name its key.", "Todisteesta puuttuu avaimen tunniste.", "Beviset anger ingen nyckel."),
        [CheckCodes.ProofValueMalformed] = ("The proof value is malformed.", "Todisteen arvo on virheellinen.", "Bevisets värde är felaktigt."),
        [CheckCodes.ProofDateMalformed] = ("A date in the proof is malformed.", "Todisteen päivämäärä on virheellinen.", "Ett datum i beviset är felaktigt."),
        [CheckCodes.ProofExpired] = ("The proof has expired.", "Todisteen voimassaolo on päättynyt.", "Beviset har gått ut."),
        [CheckCodes.ProofUndefinedTerm] = ("The credential uses terms with no defined meaning; its signed meaning is unclear.", "Todisteessa on termejä, joilla ei ole määriteltyä merkitystä; allekirjoitetun sisällön merkitys on epäselvä.", "Intyget använder termer utan definierad betydelse; den signerade betydelsen är oklar."),
        [CheckCodes.ProofTransformationFailed] = ("The credential could not be put into canonical form for checking.", "Todistetta ei voitu muuntaa tarkistettavaan vakiomuotoon.", "Intyget kunde inte ges kanonisk form för kontroll."),
        [CheckCodes.ProofControllerMismatch] = ("The proof's key is not controlled by the issuer.", "Todisteen avain ei ole myöntäjän hallinnassa.", "Bevisets nyckel kontrolleras inte av utfärdaren."),
        [CheckCodes.ProofChallengeMismatch] = ("The proof answers another challenge.", "Todiste vastaa toiseen haasteeseen.", "Beviset svarar på en annan utmaning."),
        [CheckCodes.ProofDomainMismatch] = ("The proof was made for another domain.", "Todiste on tehty toiselle verkkotunnukselle.", "Beviset gjordes för en annan domän."),
        [CheckCodes.ProofPreviousProofMissing] = ("A proof refers to an earlier proof that is missing.", "Todiste viittaa aiempaan todisteeseen, joka puuttuu.", "Ett bevis hänvisar till ett tidigare bevis som saknas."),
        [CheckCodes.ProofHeaderInvalid] = ("The seal's header is malformed.", "Sinetin otsake on virheellinen.", "Sigillets huvud är felaktigt."),
        [CheckCodes.ProofCritUnsupported] = ("The seal requires an extension this verifier does not understand.", "Sinetti vaatii laajennusta, jota tämä tarkistin ei tunne.", "Sigillet kräver ett tillägg som denna verifierare inte förstår."),
        [CheckCodes.ProofCertificateMissing] = ("The seal carries no certificate.", "Sinetissä ei ole varmennetta.", "Sigillet har inget certifikat."),
        [CheckCodes.ProofCertificateInvalid] = ("The seal certificate is malformed or unusable.", "Sinetin varmenne on virheellinen tai käyttökelvoton.", "Sigillets certifikat är felaktigt eller oanvändbart."),
        [CheckCodes.ProofCertificateMismatch] = ("The seal's certificate does not match its header.", "Sinetin varmenne ei vastaa otsaketta.", "Sigillets certifikat stämmer inte med huvudet."),
        [CheckCodes.ProofSigningTimeMissing] = ("The seal does not say when it was made.", "Sinetistä ei käy ilmi, milloin se on tehty.", "Sigillet anger inte när det gjordes."),
        [CheckCodes.ProofSigningTimeInFuture] = ("The seal claims to be made in the future.", "Sinetti väittää tulleensa tehdyksi tulevaisuudessa.", "Sigillet påstår sig vara gjort i framtiden."),
        [CheckCodes.ProofTimestampInvalid] = ("The seal's time-stamp is unreadable or belongs to another signature.", "Sinetin aikaleima on lukukelvoton tai kuuluu toiseen allekirjoitukseen.", "Sigillets tidsstämpel är oläslig eller hör till en annan signatur."),
        [CheckCodes.ProofCertificateExpired] = ("The seal certificate had expired when the seal was made.", "Sinetin varmenne oli vanhentunut sinetöintihetkellä.", "Sigillets certifikat hade gått ut när sigillet gjordes."),
        [CheckCodes.ProofCertificateNotYetValid] = ("The seal certificate was not yet valid when the seal was made.", "Sinetin varmenne ei ollut vielä voimassa sinetöintihetkellä.", "Sigillets certifikat var ännu inte giltigt när sigillet gjordes."),
        [CheckCodes.IssuerSealNotBound] = ("The seal certificate does not name the issuer's registration id, so the sealer cannot be tied to the issuer.", "Sinetin varmenteessa ei ole myöntäjän rekisteritunnusta, joten sinetöijää ei voida yhdistää myöntäjään.", "Sigillets certifikat anger inte utfärdarens registreringsnummer, så förseglaren kan inte knytas till utfärdaren."),
        [CheckCodes.TrustNoAnchor] = ("No trust anchor is configured for seal certificates.", "Sinettivarmenteille ei ole määritetty luottoankkuria.", "Inget förtroendeankare är konfigurerat för sigillcertifikat."),
        [CheckCodes.TrustChainInvalid] = ("The seal certificate does not chain to a trusted anchor.", "Sinetin varmenne ei ketjuudu luotettuun ankkuriin.", "Sigillets certifikat kedjar inte till ett betrott ankare."),
    };

    /// <summary>The text of a code in a language (<c>en</c>, <c>fi</c>, <c>sv</c>); English for anything else.</summary>
    public static string For(string code, string language)
    {
        if (!All.TryGetValue(code, out var t))
        {
            return code;
        }

        return language switch
        {
            "fi" => t.Fi,
            "sv" => t.Sv,
            _ => t.En,
        };
    }
}
