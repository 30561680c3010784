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
        ["file"] = ("Or choose a file (.jwt, .json, .jsonld, .txt)", "Tai valitse tiedosto (.jwt, .json, .jsonld, .txt)", "Eller välj en fil (.jwt, .json, .jsonld, .txt)"),
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
}
