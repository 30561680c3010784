using Credentials.Proofs.Findings;

namespace Credentials.Verifier.Reports;

/// <summary>
/// Adds a report's results up to one <see cref="Conclusion"/> and says it in one sentence (en, fi, sv): what is true
/// and why. Failures outrank doubts: unreadable, then forged, revoked, suspended, expired, not yet valid, invalid;
/// among doubts an unresolved key, then an untrusted issuer or seal, then an unchecked status.
/// </summary>
public static class Conclusions
{
    /// <summary>The conclusion of <paramref name="report"/>.</summary>
    public static Conclusion Of(VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failed = report.Checks.Where(c => c.Outcome == CheckOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            bool Any(string check, params string[] codes) => failed.Any(c => c.Check == check && (codes.Length == 0 || codes.Contains(c.Code)));
            if (Any(CheckNames.Format))
            {
                return Conclusion.Unreadable;
            }

            if (Any(CheckNames.Proof) || Any(CheckNames.Issuer))
            {
                return Conclusion.Forged;
            }

            if (Any(CheckNames.Status, CheckCodes.StatusRevoked))
            {
                return Conclusion.Revoked;
            }

            if (Any(CheckNames.Status, CheckCodes.StatusSuspended))
            {
                return Conclusion.Suspended;
            }

            if (Any(CheckNames.Validity, CheckCodes.ValidityExpired) && failed.All(c => c.Check == CheckNames.Validity))
            {
                return Conclusion.Expired;
            }

            if (Any(CheckNames.Validity, CheckCodes.ValidityNotYetValid) && failed.All(c => c.Check == CheckNames.Validity))
            {
                return Conclusion.NotYetValid;
            }

            return Any(CheckNames.Trust) ? Conclusion.SealNotAnchored : Conclusion.Invalid;
        }

        var doubts = report.Checks.Where(c => c.Outcome == CheckOutcome.Indeterminate).ToList();
        if (doubts.Count == 0)
        {
            return Conclusion.Verified;
        }

        if (doubts.Any(c => c.Check is CheckNames.Format or CheckNames.Proof or CheckNames.Schema or CheckNames.Issuer))
        {
            return doubts.Any(c => c.Code == CheckCodes.IssuerSealNotBound) && doubts.All(c => c.Check is CheckNames.Issuer or CheckNames.Trust or CheckNames.Status)
                ? Conclusion.IssuerNotTrusted
                : Conclusion.Indeterminate;
        }

        if (doubts.Any(c => c.Code is CheckCodes.TrustIssuerUnknown or CheckCodes.TrustNotConfigured))
        {
            return Conclusion.IssuerNotTrusted;
        }

        // A seal chain that ends at a root nobody configured is as unanchored as one with no anchors configured at all.
        if (doubts.Any(c => c.Code is CheckCodes.TrustNoAnchor or CheckCodes.TrustAnchorUnknown))
        {
            return Conclusion.SealNotAnchored;
        }

        return doubts.All(c => c.Check == CheckNames.Status) ? Conclusion.StatusUnchecked : Conclusion.Indeterminate;
    }

    /// <summary>The API's <c>verdict</c> value of a conclusion (stable, documented in README).</summary>
    public static string Name(Conclusion conclusion) => conclusion switch
    {
        Conclusion.Verified => "verified",
        Conclusion.Revoked => "revoked",
        Conclusion.Suspended => "suspended",
        Conclusion.Expired => "expired",
        Conclusion.NotYetValid => "not-yet-valid",
        Conclusion.Forged => "forged",
        Conclusion.Invalid => "invalid",
        Conclusion.Unreadable => "unreadable",
        Conclusion.IssuerNotTrusted => "issuer-not-trusted",
        Conclusion.SealNotAnchored => "seal-not-anchored",
        Conclusion.StatusUnchecked => "status-unchecked",
        _ => "indeterminate",
    };

    /// <summary>One sentence for the top of a report, in <paramref name="language"/> (en, fi or sv).</summary>
    public static string Sentence(VerificationReport report, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(report);
        var lang = language is "fi" or "sv" ? language : "en";
        var conclusion = Of(report);
        var mc = report.Content?.MicroCredential;
        var issuer = report.TrustedIssuer?.LegalName
            ?? mc?.Template.Issuer?.LegalName?.Best([lang, "en"])
            ?? (report.IssuerId is { } id ? Abbreviations.Short(id) : null)
            ?? Pick(lang, "the issuer", "myöntäjä", "utfärdaren");
        var learner = mc?.Learner.FullName;
        var issued = Date(report.Content?.Issued, lang);
        var until = Date(report.Content?.ValidUntil, lang);
        var from = Date(report.Content?.ValidFrom, lang);
        var doubt = report.Checks.FirstOrDefault(c => c.Outcome == CheckOutcome.Indeterminate) is { } d ? CheckTexts.For(d.Code, lang) : string.Empty;

        return (conclusion, lang) switch
        {
            (Conclusion.Verified, "fi") => learner is null || issued is null ? $"Todennettu: myöntäjä {issuer}." : $"Todennettu: myöntäjä {issuer}, saaja {learner}, myönnetty {issued}.",
            (Conclusion.Verified, "sv") => learner is null || issued is null ? $"Verifierat: utfärdat av {issuer}." : $"Verifierat: utfärdat av {issuer} till {learner} den {issued}.",
            (Conclusion.Verified, _) => learner is null || issued is null ? $"Verified: issued by {issuer}." : $"Verified: issued by {issuer} to {learner} on {issued}.",
            (Conclusion.Revoked, "fi") => $"Myöntäjä on peruuttanut todisteen: {issuer} on mitätöinyt sen.",
            (Conclusion.Revoked, "sv") => $"Återkallat av utfärdaren: {issuer} har dragit tillbaka intyget.",
            (Conclusion.Revoked, _) => $"Revoked by the issuer: {issuer} has withdrawn this credential.",
            (Conclusion.Suspended, "fi") => $"Myöntäjä on keskeyttänyt todisteen: {issuer} on asettanut sen väliaikaisesti pois voimasta.",
            (Conclusion.Suspended, "sv") => $"Tillfälligt spärrat av utfärdaren: {issuer} har stoppat intyget tills vidare.",
            (Conclusion.Suspended, _) => $"Suspended by the issuer: {issuer} has put this credential on hold.",
            (Conclusion.Expired, "fi") => until is null ? $"Vanhentunut — aito: myöntäjä {issuer}." : $"Vanhentunut {until} — aito: myöntäjä {issuer}, voimassa {until} asti.",
            (Conclusion.Expired, "sv") => until is null ? $"Har gått ut — äkta: utfärdat av {issuer}." : $"Gick ut den {until} — äkta: utfärdat av {issuer}, giltigt till {until}.",
            (Conclusion.Expired, _) => until is null ? $"Expired — authentic: issued by {issuer}." : $"Expired on {until} — authentic: issued by {issuer}, valid until {until}.",
            (Conclusion.NotYetValid, "fi") => from is null ? "Ei vielä voimassa." : $"Ei vielä voimassa: voimassa {from} alkaen.",
            (Conclusion.NotYetValid, "sv") => from is null ? "Inte giltigt ännu." : $"Inte giltigt ännu: giltigt från {from}.",
            (Conclusion.NotYetValid, _) => from is null ? "Not yet valid." : $"Not yet valid: valid from {from}.",
            (Conclusion.Forged, "fi") => "Muutettu tai väärennetty: allekirjoitus ei todista, että sisältö on peräisin siinä nimetyltä myöntäjältä.",
            (Conclusion.Forged, "sv") => "Ändrat eller förfalskat: signaturen bevisar inte att innehållet kommer från den utfärdare som anges.",
            (Conclusion.Forged, _) => "Changed or forged: the signature does not prove that this content comes from the issuer it names.",
            (Conclusion.Invalid, "fi") => "Ei kelvollinen: pakollisia tietoja puuttuu tai ne ovat virheellisiä.",
            (Conclusion.Invalid, "sv") => "Inte giltigt: obligatoriska uppgifter saknas eller är felaktiga.",
            (Conclusion.Invalid, _) => "Not valid: required data is missing or malformed.",
            (Conclusion.Unreadable, "fi") => "Tämä palvelu ei pysty lukemaan syötettä todisteena.",
            (Conclusion.Unreadable, "sv") => "Indata är inte ett intyg som denna tjänst kan läsa.",
            (Conclusion.Unreadable, _) => "Not a credential this service can read.",
            (Conclusion.IssuerNotTrusted, "fi") => $"Allekirjoitus on ehjä, mutta {issuer} ei ole tämän palvelun luotettu myöntäjä: nimi on todisteen oma väite.",
            (Conclusion.IssuerNotTrusted, "sv") => $"Signaturen är intakt, men {issuer} är inte en utfärdare som denna tjänst litar på: namnet är intygets eget påstående.",
            (Conclusion.IssuerNotTrusted, _) => $"The signature is intact, but {issuer} is not an issuer this service trusts: its name is the credential's own claim.",
            (Conclusion.SealNotAnchored, "fi") => "Sinetti on ehjä, mutta sen varmenne ei johda tämän palvelun tuntemaan luottoankkuriin, joten sinetöijää ei ole vahvistettu.",
            (Conclusion.SealNotAnchored, "sv") => "Sigillet är intakt, men dess certifikat leder inte till ett förtroendeankare som denna tjänst känner, så den som förseglade är inte bekräftad.",
            (Conclusion.SealNotAnchored, _) => "The seal is intact, but its certificate does not lead to a trust anchor this service knows, so the sealer is not confirmed.",
            (Conclusion.StatusUnchecked, "fi") => "Aito, mutta sitä, onko myöntäjä peruuttanut todisteen, ei voitu tarkistaa.",
            (Conclusion.StatusUnchecked, "sv") => "Äkta, men om utfärdaren har återkallat intyget kunde inte kontrolleras.",
            (Conclusion.StatusUnchecked, _) => "Authentic, but whether the issuer has revoked it could not be checked.",
            (_, "fi") => "Ei voitu todentaa kokonaan: " + doubt,
            (_, "sv") => "Kunde inte verifieras helt: " + doubt,
            _ => "Could not be fully verified: " + doubt,
        };
    }

    private static string Pick(string lang, string en, string fi, string sv) => lang switch { "fi" => fi, "sv" => sv, _ => en };

    private static string? Date(DateTimeOffset? value, string lang) => Display.LongDates.Format(value, lang);
}
