namespace Credentials.Web.Verification;

/// <summary>A parsed verification request: the credential's exact bytes and the checks asked for (null: all).</summary>
internal sealed record VerifyRequest(byte[] Credential, IReadOnlySet<string>? Checks);
