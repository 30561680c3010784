using Credentials.Shacl.Validation;

namespace Credentials.Verifier.Checks;

/// <summary>One sentence per SHACL result, naming the focus node, the path and the constraint.</summary>
internal static class ShaclMessages
{
    public static string Describe(ValidationResult result)
    {
        var component = result.ComponentName.EndsWith("ConstraintComponent", StringComparison.Ordinal)
            ? result.ComponentName[..^"ConstraintComponent".Length]
            : result.ComponentName;
        var path = result.Path is null ? string.Empty : ", path " + result.Path;
        var value = result.Value is null ? string.Empty : ", value " + result.Value;
        return "Node " + result.FocusNode + path + value + " breaks sh:" + char.ToLowerInvariant(component[0]) + component[1..]
            + " of shape " + result.SourceShape + ": " + result.Message;
    }
}
