using System.Text.Json.Nodes;
using Credentials.Model.Input;

namespace Credentials.Issuer.Issuing;

/// <summary>The outcome of issuing one credential: the secured credential, or every problem found.</summary>
public sealed record IssueResult
{
    /// <summary>The credential id (<c>urn:uuid:…</c>).</summary>
    public required string CredentialId { get; init; }

    /// <summary>The unsigned ELM document; null when the input was invalid.</summary>
    public JsonObject? Credential { get; init; }

    /// <summary>The secured credential as text (a compact JWS for <see cref="SecuringFormat.Jwt"/>).</summary>
    public string? Secured { get; init; }

    /// <summary>Every problem with the input, with JSON Pointers; empty on success.</summary>
    public IReadOnlyList<ModelProblem> Problems { get; init; } = [];

    /// <summary>Whether a secured credential was produced.</summary>
    public bool Succeeded => Secured is not null && Problems.Count == 0;
}
