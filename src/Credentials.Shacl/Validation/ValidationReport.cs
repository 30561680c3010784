namespace Credentials.Shacl.Validation;

/// <summary>A SHACL validation report (SHACL §3.6.1).</summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<ValidationResult> results, bool truncated)
    {
        Results = results;
        Truncated = truncated;
    }

    /// <summary>True when there is no result of any severity (SHACL §3.6.1 <c>sh:conforms</c>).</summary>
    public bool Conforms => Results.Count == 0;

    /// <summary>The results, in the order shapes and focus nodes were validated.</summary>
    public IReadOnlyList<ValidationResult> Results { get; }

    /// <summary>True when validation stopped at <see cref="ShaclValidator.MaxResults"/> results.</summary>
    public bool Truncated { get; }
}
