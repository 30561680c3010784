using Credentials.Model.Status;

namespace Credentials.Verifier.Status;

/// <summary>A fetched and verified Token Status List, or why it cannot be used.</summary>
/// <param name="List">The decoded list; null when unusable.</param>
/// <param name="Code">On failure, the check code (<c>status.list-unavailable</c> or <c>status.list-invalid</c>).</param>
/// <param name="Message">On failure, why.</param>
internal sealed record TokenStatusLookup(TokenStatusList? List, string? Code, string? Message);
