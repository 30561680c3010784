namespace Credentials.Documents.Reports;

/// <summary>The verification report's fixed texts in one language; <see cref="For"/> picks fi, sv or en.</summary>
internal sealed record ReportLabels
{
    public static ReportLabels En { get; } = new()
    {
        Heading = "Verification report",
        CheckedAt = "Checked at",
        AsOf = "Checked as of",
        File = "File checked",
        Checks = "Checks",
        Content = "What the credential states",
        Unconfirmed = "This content is not confirmed: do not rely on it.",
        Passed = "passed",
        Failed = "failed",
        Undecided = "undecided",
        Skipped = "skipped",
        Footer = "Made by the credential verification service. Check the credential again to confirm this report.",
    };

    public static ReportLabels Fi { get; } = new()
    {
        Heading = "Tarkistusraportti",
        CheckedAt = "Tarkistettu",
        AsOf = "Tarkistettu päivän tilanteen mukaan",
        File = "Tarkistettu tiedosto",
        Checks = "Tarkistukset",
        Content = "Todisteen sisältö",
        Unconfirmed = "Tätä sisältöä ei ole vahvistettu: älä luota siihen.",
        Passed = "kunnossa",
        Failed = "epäonnistui",
        Undecided = "ratkaisematta",
        Skipped = "ohitettu",
        Footer = "Laatinut todisteiden tarkistuspalvelu. Tarkista todiste uudelleen vahvistaaksesi tämän raportin.",
    };

    public static ReportLabels Sv { get; } = new()
    {
        Heading = "Kontrollrapport",
        CheckedAt = "Kontrollerat",
        AsOf = "Kontrollerat per",
        File = "Kontrollerad fil",
        Checks = "Kontroller",
        Content = "Vad intyget anger",
        Unconfirmed = "Detta innehåll är inte bekräftat: lita inte på det.",
        Passed = "godkänd",
        Failed = "underkänd",
        Undecided = "oavgjord",
        Skipped = "överhoppad",
        Footer = "Gjord av tjänsten för kontroll av intyg. Kontrollera intyget igen för att bekräfta denna rapport.",
    };

    public required string Heading { get; init; }

    public required string CheckedAt { get; init; }

    public required string AsOf { get; init; }

    public required string File { get; init; }

    public required string Checks { get; init; }

    public required string Content { get; init; }

    public required string Unconfirmed { get; init; }

    public required string Passed { get; init; }

    public required string Failed { get; init; }

    public required string Undecided { get; init; }

    public required string Skipped { get; init; }

    public required string Footer { get; init; }

    public static ReportLabels For(string language) => language switch
    {
        "fi" => Fi,
        "sv" => Sv,
        _ => En,
    };
}
