namespace Credentials.Storage.Dialects;

/// <summary>A status allocation to insert in bulk.</summary>
internal sealed record AllocationRow(string CredentialId, string Purpose, long ListId, int Index);
