namespace Credentials.Model.Input;

/// <summary>The stable codes of <see cref="ModelProblem"/>. Codes never change; messages may.</summary>
public static class ProblemCodes
{
    /// <summary>The input is not well-formed JSON (or nests too deeply).</summary>
    public const string MalformedJson = "model.malformed-json";

    /// <summary>A JSON object has the same member twice.</summary>
    public const string DuplicateMember = "model.duplicate-member";

    /// <summary>The input exceeds the size limit.</summary>
    public const string TooLarge = "model.too-large";

    /// <summary>A member is not part of the input form (typically a typo).</summary>
    public const string UnknownMember = "model.unknown-member";

    /// <summary>A value has the wrong JSON type.</summary>
    public const string InvalidType = "model.invalid-type";

    /// <summary>A value has the right type but the wrong shape (date, URI, e-mail, language tag, identifier).</summary>
    public const string InvalidFormat = "model.invalid-format";

    /// <summary>A mandatory element is missing or empty.</summary>
    public const string Required = "model.required";

    /// <summary>A number is outside its allowed range (ECTS 1–59, EQF 1–8, hours &gt; 0).</summary>
    public const string OutOfRange = "model.out-of-range";

    /// <summary>A code or concept URI is not in its controlled vocabulary.</summary>
    public const string InvalidConcept = "model.invalid-concept";

    /// <summary>More problems than <see cref="MicroCredentialJson.MaxProblems"/>; the rest are not listed.</summary>
    public const string TooManyProblems = "model.too-many-problems";

    /// <summary>Two values contradict each other (e.g. validity ends before it starts).</summary>
    public const string Inconsistent = "model.inconsistent";
}
