namespace Credentials.Storage.Dialects;

/// <summary>A signed credential to record against its reservation.</summary>
internal sealed record CompletionRow(string Id, byte[] Sha256, byte[]? Content);
