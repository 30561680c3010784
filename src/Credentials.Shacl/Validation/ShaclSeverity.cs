namespace Credentials.Shacl.Validation;

/// <summary>The severity of a validation result (SHACL §2.1.4, <c>sh:severity</c>).</summary>
public enum ShaclSeverity
{
    /// <summary><c>sh:Info</c>.</summary>
    Info,

    /// <summary><c>sh:Warning</c>.</summary>
    Warning,

    /// <summary><c>sh:Violation</c>, the default.</summary>
    Violation,
}
