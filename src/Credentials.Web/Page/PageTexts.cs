namespace Credentials.Web.Page;

/// <summary>The page's own words in English, Finnish and Swedish.</summary>
internal static class PageTexts
{
    private static readonly Dictionary<string, (string En, string Fi, string Sv)> Texts = new(StringComparer.Ordinal)
    {
        ["title"] = ("Check a micro-credential", "Tarkista mikrotutkinnon todiste", "Kontrollera ett intyg om mikromeriter"),
        ["intro"] = (
            "Paste a signed credential or choose its file. Nothing you send is stored.",
            "Liitä allekirjoitettu todiste tai valitse sen tiedosto. Lähettämääsi tietoa ei tallenneta.",
            "Klistra in ett signerat intyg eller välj dess fil. Inget du skickar sparas."),
        ["demo"] = (
            "Demo issuer: do not issue real credentials. This service signs with a published TEST-ONLY key.",
            "Esittelyn myöntäjä: älä myönnä oikeita todisteita. Tämä palvelu allekirjoittaa julkaistulla, vain testaukseen tarkoitetulla avaimella.",
            "Demoutfärdare: utfärda inga riktiga intyg. Tjänsten signerar med en publicerad nyckel som endast är avsedd för test."),
        ["paste"] = ("Credential (JWT or JSON)", "Todiste (JWT tai JSON)", "Intyg (JWT eller JSON)"),
        ["file"] = ("Or choose a file (.jwt, .json, .jsonld, .txt, .pdf)", "Tai valitse tiedosto (.jwt, .json, .jsonld, .txt, .pdf)", "Eller välj en fil (.jwt, .json, .jsonld, .txt, .pdf)"),
        ["drop"] = ("You can also drop a file on the text box.", "Voit myös pudottaa tiedoston tekstikenttään.", "Du kan också släppa en fil på textrutan."),
        ["submit"] = ("Check", "Tarkista", "Kontrollera"),
        ["language"] = ("Language", "Kieli", "Språk"),
        ["verified"] = ("Verified", "Todennettu", "Verifierat"),
        ["notVerified"] = ("Not verified", "Ei todennettu", "Inte verifierat"),
        ["indeterminate"] = ("Could not be fully verified", "Ei voitu todentaa kokonaan", "Kunde inte verifieras helt"),
        ["checks"] = ("Checks", "Tarkistukset", "Kontroller"),
        ["content"] = ("What the credential states", "Todisteen sisältö", "Vad intyget anger"),
        ["unconfirmed"] = (
            "This content is not confirmed: do not rely on it.",
            "Tätä sisältöä ei ole vahvistettu: älä luota siihen.",
            "Detta innehåll är inte bekräftat: lita inte på det."),
        ["passed"] = ("passed", "kunnossa", "godkänd"),
        ["failed"] = ("failed", "epäonnistui", "underkänd"),
        ["unsure"] = ("undecided", "ratkaisematta", "oavgjord"),
        ["skipped"] = ("skipped", "ohitettu", "överhoppad"),
        ["empty"] = ("Paste a credential or choose a file first.", "Liitä ensin todiste tai valitse tiedosto.", "Klistra in ett intyg eller välj en fil först."),
        ["tooLarge"] = ("The input is larger than the size limit.", "Syöte ylittää kokorajan.", "Indata är större än storleksgränsen."),
        ["skip"] = ("Skip to main content", "Siirry pääsisältöön", "Hoppa till huvudinnehållet"),
        ["asOf"] = ("Check as of a date (optional)", "Tarkista tietyn päivän tilanteen mukaan (valinnainen)", "Kontrollera per ett datum (valfritt)"),
        ["asOfHint"] = (
            "Empty: as of now. A date, such as the hiring date, means the start of that day (UTC).",
            "Tyhjä: tämän hetken mukaan. Päivämäärä, kuten työsuhteen alkupäivä, tarkoittaa päivän alkua (UTC).",
            "Tomt: per nu. Ett datum, till exempel anställningsdagen, betyder dagens början (UTC)."),
        ["badAsOf"] = ("The date is not a valid date: use the form YYYY-MM-DD.", "Päivämäärä ei kelpaa: käytä muotoa VVVV-KK-PP.", "Datumet är ogiltigt: använd formen ÅÅÅÅ-MM-DD."),
        ["checkedAt"] = ("Checked at {0}.", "Tarkistettu {0}.", "Kontrollerat {0}."),
        ["checkedAsOf"] = ("Checked at {0}, as of {1}.", "Tarkistettu {0} päivän {1} tilanteen mukaan.", "Kontrollerat {0}, per {1}."),
        ["checkedFile"] = ("File checked: {0}", "Tarkistettu tiedosto: {0}", "Kontrollerad fil: {0}"),
        ["report"] = ("Download verification report (PDF)", "Lataa tarkistusraportti (PDF)", "Ladda ner kontrollrapporten (PDF)"),
        ["badRequest"] = ("The request could not be read. Check the input and try again.", "Pyyntöä ei voitu lukea. Tarkista syöte ja yritä uudelleen.", "Begäran kunde inte läsas. Kontrollera indata och försök igen."),
        ["unsupported"] = ("Send the page's form: this request was of another kind.", "Lähetä sivun lomake: tämä pyyntö oli muunlainen.", "Skicka sidans formulär: denna begäran var av ett annat slag."),
        ["tooLargeLimit"] = ("The input is larger than the limit of {0}. Choose a smaller file.", "Syöte on suurempi kuin {0}:n raja. Valitse pienempi tiedosto.", "Indata är större än gränsen på {0}. Välj en mindre fil."),
        ["tooMany"] = (
            "Too many checks from your network in a short time. Try again in {0} seconds.",
            "Verkostasi on tehty liian monta tarkistusta lyhyessä ajassa. Yritä uudelleen {0} sekunnin kuluttua.",
            "För många kontroller från ditt nätverk på kort tid. Försök igen om {0} sekunder."),
        ["back"] = ("Back to the page", "Takaisin sivulle", "Tillbaka till sidan"),
        ["presentationLink"] = ("Verify a presentation from a learner", "Tarkista oppijan esitys", "Kontrollera en presentation från en studerande"),
        ["presentationTitle"] = ("Verify a presentation", "Tarkista esitys", "Kontrollera en presentation"),
        ["presentationIntro"] = (
            "Give the learner this challenge and domain. Their wallet signs a presentation with them; paste it below within 10 minutes. Each challenge works once.",
            "Anna oppijalle tämä haaste ja verkkotunnus. Hänen lompakkonsa allekirjoittaa niillä esityksen; liitä se alle 10 minuutin kuluessa. Kukin haaste toimii kerran.",
            "Ge den studerande denna utmaning och domän. Plånboken signerar en presentation med dem; klistra in den nedan inom 10 minuter. Varje utmaning fungerar en gång."),
        ["challenge"] = ("Challenge", "Haaste", "Utmaning"),
        ["domain"] = ("Domain", "Verkkotunnus", "Domän"),
        ["presentationPaste"] = ("Presentation (JWT or JSON)", "Esitys (JWT tai JSON)", "Presentation (JWT eller JSON)"),
        ["challengeUnknown"] = (
            "This challenge was not given by this page. Get a new challenge and give it to the learner.",
            "Tätä haastetta ei ole antanut tämä sivu. Hae uusi haaste ja anna se oppijalle.",
            "Denna utmaning kommer inte från denna sida. Hämta en ny utmaning och ge den till den studerande."),
        ["challengeExpired"] = (
            "This challenge is older than 10 minutes. Get a new challenge and give it to the learner.",
            "Tämä haaste on yli 10 minuuttia vanha. Hae uusi haaste ja anna se oppijalle.",
            "Denna utmaning är äldre än 10 minuter. Hämta en ny utmaning och ge den till den studerande."),
        ["challengeUsed"] = (
            "This challenge has already been used. Get a new challenge and give it to the learner.",
            "Tämä haaste on jo käytetty. Hae uusi haaste ja anna se oppijalle.",
            "Denna utmaning har redan använts. Hämta en ny utmaning och ge den till den studerande."),
        ["newChallenge"] = ("Get a new challenge", "Hae uusi haaste", "Hämta en ny utmaning"),
        ["presVerified"] = (
            "Verified: the holder presented these credentials now, for this challenge and domain.",
            "Todennettu: haltija esitti nämä todisteet nyt tälle haasteelle ja verkkotunnukselle.",
            "Verifierat: innehavaren presenterade dessa intyg nu, för denna utmaning och domän."),
        ["presNotVerified"] = (
            "Not verified: see the checks below.",
            "Ei todennettu: katso tarkistukset alla.",
            "Inte verifierat: se kontrollerna nedan."),
        ["presIndeterminate"] = (
            "Could not be fully verified: see the checks below.",
            "Ei voitu todentaa kokonaan: katso tarkistukset alla.",
            "Kunde inte verifieras helt: se kontrollerna nedan."),
        ["holder"] = ("Presented by", "Esittäjä", "Presenterat av"),
        ["credentialN"] = ("Credential {0}", "Todiste {0}", "Intyg {0}"),
        ["presentationChecks"] = ("Checks of the presentation", "Esityksen tarkistukset", "Kontroller av presentationen"),
        ["isPresentation"] = (
            "This is a presentation, not a single credential: it is checked against a challenge you give the learner.",
            "Tämä on esitys, ei yksittäinen todiste: se tarkistetaan oppijalle antamaasi haastetta vasten.",
            "Detta är en presentation, inte ett enskilt intyg: den kontrolleras mot en utmaning som du ger den studerande."),
    };

    public static string Get(string key, string language)
    {
        var t = Texts[key];
        return language switch
        {
            "fi" => t.Fi,
            "sv" => t.Sv,
            _ => t.En,
        };
    }

    /// <summary>The text of <paramref name="key"/> with its <c>{0}</c> (and <c>{1}</c>) filled in.</summary>
    public static string Format(string key, string language, params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), arguments);
}
