namespace Credentials.Issuer.Batches;

/// <summary>The stable codes of <see cref="RowError"/>; their fi/sv/en texts are in <see cref="RowProblemTexts"/>.</summary>
public static class RowProblemCodes
{
    /// <summary>The file is not UTF-8.</summary>
    public const string NotUtf8 = "learners.not-utf8";

    /// <summary>The file has no header line.</summary>
    public const string Empty = "learners.empty";

    /// <summary>The JSON learners file is not an array of objects.</summary>
    public const string NotJsonArray = "learners.not-json-array";

    /// <summary>The JSON learners file does not parse.</summary>
    public const string MalformedJson = "learners.malformed-json";

    /// <summary>The .xlsx file cannot be read (damaged, not an Excel workbook, or too large).</summary>
    public const string XlsxUnreadable = "learners.xlsx-unreadable";

    /// <summary>The header lacks a required column.</summary>
    public const string MissingColumn = "learners.missing-column";

    /// <summary>Two header columns mean the same field.</summary>
    public const string DuplicateColumn = "learners.duplicate-column";

    /// <summary>A quote inside an unquoted field, or text after a closing quote.</summary>
    public const string MisplacedQuote = "row.misplaced-quote";

    /// <summary>A quoted field is never closed.</summary>
    public const string UnclosedQuote = "row.unclosed-quote";

    /// <summary>The row is longer than the reader accepts.</summary>
    public const string TooLong = "row.too-long";

    /// <summary>The row has a different number of fields than the header.</summary>
    public const string FieldCount = "row.field-count";

    /// <summary>The JSON entry is not an object.</summary>
    public const string NotObject = "row.not-object";

    /// <summary>The student number appeared on an earlier row.</summary>
    public const string DuplicateStudentNumber = "row.duplicate-student-number";

    /// <summary>A required value is empty.</summary>
    public const string Required = "row.required";

    /// <summary>The student number has characters it may not have.</summary>
    public const string InvalidStudentNumber = "row.invalid-student-number";

    /// <summary>A date is in none of the accepted forms.</summary>
    public const string InvalidDate = "row.invalid-date";

    /// <summary>The date of birth is before 1900.</summary>
    public const string BornBefore1900 = "row.born-before-1900";

    /// <summary>The date of birth is after the completion date.</summary>
    public const string BornAfterCompletion = "row.born-after-completion";

    /// <summary>The e-mail address has no address shape.</summary>
    public const string InvalidEmail = "row.invalid-email";

    /// <summary>The Finnish personal identity code is not DDMMYY, a century sign, three digits and a check character.</summary>
    public const string IdentityCodeMalformed = "row.identity-code-malformed";

    /// <summary>The Finnish personal identity code's first six digits are no date.</summary>
    public const string IdentityCodeDate = "row.identity-code-date";

    /// <summary>The Finnish personal identity code's check character does not match.</summary>
    public const string IdentityCodeCheck = "row.identity-code-check";

    /// <summary>The Finnish personal identity code encodes another date of birth than the date-of-birth column.</summary>
    public const string IdentityCodeBirthDate = "row.identity-code-birth-date";

    /// <summary>A rule of the credential model failed (its English text is quoted).</summary>
    public const string Model = "row.model";
}
