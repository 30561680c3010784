using System.Globalization;

namespace Credentials.Issuer.Batches;

/// <summary>The English, Finnish and Swedish text of every <see cref="RowProblemCodes"/> code, declared once.</summary>
public static class RowProblemTexts
{
    /// <summary>Per code: English, Finnish, Swedish; <c>{0}</c>, <c>{1}</c>… are the error's values.</summary>
    public static IReadOnlyDictionary<string, (string En, string Fi, string Sv)> All { get; } = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
    {
        [RowProblemCodes.NotUtf8] = (
            "the file is not valid UTF-8 (save it as UTF-8 from the student system or Excel)",
            "tiedosto ei ole kelvollista UTF-8:aa (tallenna se UTF-8-muodossa opintohallintojärjestelmästä tai Excelistä)",
            "filen är inte giltig UTF-8 (spara den som UTF-8 från studieadministrationssystemet eller Excel)"),
        [RowProblemCodes.Empty] = (
            "the file is empty: a header line is needed",
            "tiedosto on tyhjä: otsikkorivi tarvitaan",
            "filen är tom: en rubrikrad behövs"),
        [RowProblemCodes.NotJsonArray] = (
            "the learners JSON must be an array of objects",
            "opiskelijoiden JSON-tiedoston pitää olla taulukko olioita",
            "studerandenas JSON-fil måste vara en lista av objekt"),
        [RowProblemCodes.MalformedJson] = (
            "the learners file is not valid JSON: {0}",
            "opiskelijatiedosto ei ole kelvollista JSONia: {0}",
            "studerandefilen är inte giltig JSON: {0}"),
        [RowProblemCodes.XlsxUnreadable] = (
            "the file is not a readable Excel workbook (.xlsx), or it is too large; save it again from Excel, or as CSV UTF-8",
            "tiedosto ei ole luettava Excel-työkirja (.xlsx) tai se on liian suuri; tallenna se uudelleen Excelistä tai CSV UTF-8 -muodossa",
            "filen är ingen läsbar Excel-arbetsbok (.xlsx) eller så är den för stor; spara den igen från Excel eller som CSV UTF-8"),
        [RowProblemCodes.MissingColumn] = (
            "the header has no column for {0} (accepted names: {1})",
            "otsikkorivillä ei ole saraketta tiedolle {0} (hyväksytyt nimet: {1})",
            "rubrikraden saknar kolumn för {0} (godkända namn: {1})"),
        [RowProblemCodes.DuplicateColumn] = (
            "this column means the same as column '{0}'; keep one of them",
            "sarake tarkoittaa samaa kuin sarake '{0}'; jätä niistä vain toinen",
            "kolumnen betyder samma som kolumnen '{0}'; behåll bara den ena"),
        [RowProblemCodes.MisplacedQuote] = (
            "a quote is misplaced: quote the whole field and double any quote inside it",
            "lainausmerkki on väärässä kohdassa: lainaa koko kenttä ja kahdenna sen sisällä olevat lainausmerkit",
            "ett citattecken står på fel ställe: citera hela fältet och dubblera citattecken inuti det"),
        [RowProblemCodes.UnclosedQuote] = (
            "a quoted field is never closed (the file may be truncated)",
            "lainausmerkeissä olevaa kenttää ei suljeta (tiedosto voi olla katkennut)",
            "ett citerat fält avslutas aldrig (filen kan vara avkortad)"),
        [RowProblemCodes.TooLong] = (
            "the row is longer than {0} characters",
            "rivi on pidempi kuin {0} merkkiä",
            "raden är längre än {0} tecken"),
        [RowProblemCodes.FieldCount] = (
            "the row has {0} fields but the header has {1}",
            "rivillä on {0} kenttää mutta otsikkorivillä {1}",
            "raden har {0} fält men rubrikraden har {1}"),
        [RowProblemCodes.NotObject] = (
            "the entry is not an object",
            "alkio ei ole olio",
            "posten är inte ett objekt"),
        [RowProblemCodes.DuplicateStudentNumber] = (
            "student number {0} appears again (first on line {1})",
            "opiskelijanumero {0} esiintyy uudelleen (ensimmäisen kerran rivillä {1})",
            "studentnummer {0} förekommer igen (första gången på rad {1})"),
        [RowProblemCodes.Required] = (
            "a value is required",
            "arvo puuttuu",
            "ett värde krävs"),
        [RowProblemCodes.InvalidStudentNumber] = (
            "'{0}' must be 1–64 letters, digits, '.', '_' or '-'",
            "'{0}' saa sisältää vain 1–64 kirjainta, numeroa tai merkkejä '.', '_' ja '-'",
            "'{0}' får bara innehålla 1–64 bokstäver, siffror, '.', '_' eller '-'"),
        [RowProblemCodes.InvalidDate] = (
            "'{0}' is not a date (write YYYY-MM-DD, d.m.yyyy or dd.mm.yyyy)",
            "'{0}' ei ole päivämäärä (kirjoita VVVV-KK-PP, p.k.vvvv tai pp.kk.vvvv)",
            "'{0}' är inte ett datum (skriv ÅÅÅÅ-MM-DD, d.m.åååå eller dd.mm.åååå)"),
        [RowProblemCodes.BornBefore1900] = (
            "the date of birth {0} is before 1900",
            "syntymäaika {0} on ennen vuotta 1900",
            "födelsedatumet {0} är före år 1900"),
        [RowProblemCodes.BornAfterCompletion] = (
            "the date of birth {0} is after the completion date {1}",
            "syntymäaika {0} on suorituspäivän {1} jälkeen",
            "födelsedatumet {0} är efter prestationsdatumet {1}"),
        [RowProblemCodes.InvalidEmail] = (
            "'{0}' is not an e-mail address",
            "'{0}' ei ole sähköpostiosoite",
            "'{0}' är inte en e-postadress"),
        [RowProblemCodes.IdentityCodeMalformed] = (
            "'{0}' is not a Finnish personal identity code (DDMMYY, century sign, three digits, check character)",
            "'{0}' ei ole henkilötunnus (PPKKVV, välimerkki, kolme numeroa, tarkistusmerkki)",
            "'{0}' är ingen finsk personbeteckning (DDMMÅÅ, skiljetecken, tre siffror, kontrolltecken)"),
        [RowProblemCodes.IdentityCodeDate] = (
            "the personal identity code '{0}' does not begin with a real date",
            "henkilötunnuksen '{0}' alussa ei ole oikea päivämäärä",
            "personbeteckningen '{0}' börjar inte med ett verkligt datum"),
        [RowProblemCodes.IdentityCodeCheck] = (
            "the check character of the personal identity code '{0}' is wrong",
            "henkilötunnuksen '{0}' tarkistusmerkki on väärä",
            "kontrolltecknet i personbeteckningen '{0}' är fel"),
        [RowProblemCodes.IdentityCodeBirthDate] = (
            "the personal identity code gives the date of birth {0}, but the date of birth is {1}",
            "henkilötunnuksen mukaan syntymäaika on {0}, mutta syntymäaika-sarakkeessa on {1}",
            "enligt personbeteckningen är födelsedatumet {0}, men födelsedatumet är {1}"),
        [RowProblemCodes.Model] = ("{0}", "{0}", "{0}"),
    };

    private static readonly (string En, string Fi, string Sv) ColumnPrefix = ("column '{0}': ", "sarake '{0}': ", "kolumn '{0}': ");

    /// <summary>The text of <paramref name="error"/> in <paramref name="language"/>.</summary>
    public static string Format(RowError error, string language)
    {
        ArgumentNullException.ThrowIfNull(error);
        var texts = All[error.Code];
        var text = string.Format(CultureInfo.InvariantCulture, Pick(texts, language), [.. error.Values]);
        return error.Column is null ? text : string.Format(CultureInfo.InvariantCulture, Pick(ColumnPrefix, language), error.Column) + text;
    }

    private static string Pick((string En, string Fi, string Sv) texts, string language) => language switch
    {
        "fi" => texts.Fi,
        "sv" => texts.Sv,
        _ => texts.En,
    };
}
