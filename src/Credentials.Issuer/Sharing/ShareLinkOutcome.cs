using Credentials.Model.Registry;

namespace Credentials.Issuer.Sharing;

/// <summary>A new share link, or why none was made.</summary>
/// <param name="Link">The stored link; null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why no link was made; null on success.</param>
public sealed record ShareLinkOutcome(ShareLinkRecord? Link, ShareLinkProblem? Problem);
