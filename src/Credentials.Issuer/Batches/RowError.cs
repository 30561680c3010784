namespace Credentials.Issuer.Batches;

/// <summary>
/// One problem with one input row (or the header, line 1), in words an operator can act on: its stable
/// <see cref="Code"/> (<see cref="RowProblemCodes"/>), the column as the file names it, and the values the text
/// quotes. <see cref="Message"/> is the English text; <see cref="Text"/> gives it in Finnish or Swedish.
/// </summary>
/// <param name="Line">The 1-based line number in the input file.</param>
/// <param name="Column">The column's header as the file writes it; null for a problem of the whole row or file.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Values">The values the text quotes, in order.</param>
public sealed record RowError(int Line, string? Column, string Code, IReadOnlyList<string> Values)
{
    /// <summary>A problem of the whole row or file.</summary>
    public RowError(int line, string code, params string[] values)
        : this(line, null, code, values)
    {
    }

    /// <summary>The English text, prefixed with the column when there is one.</summary>
    public string Message => Text("en");

    /// <summary>The text in <paramref name="language"/> (en, fi or sv; others fall back to English).</summary>
    public string Text(string language) => RowProblemTexts.Format(this, language);
}
