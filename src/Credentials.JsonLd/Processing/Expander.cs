namespace Credentials.JsonLd.Processing;

/// <summary>
/// One run of the JSON-LD 1.1 expansion algorithms (context processing, IRI and value expansion, expansion) with the
/// options, caches and safe-mode findings of that run.
/// </summary>
internal sealed partial class Expander
{
    private readonly JsonLdOptions options;
    private readonly ContextCache cache;
    private readonly List<string> violations = [];
    private readonly Dictionary<ContextCache.Key, ActiveContext> runCache = [];

    public Expander(JsonLdOptions options)
    {
        this.options = options;
        cache = ContextCache.For(options.DocumentLoader);
    }

    private bool IsJsonLd10 => options.ProcessingMode == JsonLdOptions.JsonLd10;

    public ActiveContext InitialContext() => cache.Initial(options.Base, options.ProcessingMode);

    /// <summary>
    /// Records something processing drops. Findings are always collected (so contexts cached by one run carry them
    /// to the next); only safe mode turns them into an error at the end.
    /// </summary>
    public void Report(string problem) => violations.Add(problem);

    public void ThrowIfViolations()
    {
        if (options.SafeMode && violations.Count > 0)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.SafeModeViolation,
                "Safe mode: processing would lose data: " + string.Join("; ", violations.Distinct(StringComparer.Ordinal)));
        }
    }

    private void CheckLanguage(string tag)
    {
        if (!LanguageTag.IsWellFormed(tag))
        {
            Report("the language tag \"" + tag + "\" is not well-formed BCP 47");
        }
    }
}
