using Credentials.Model.Schema;
using Credentials.TestKit;
using Credentials.Verifier.Trust;

namespace Credentials.Verifier.Tests;

internal static class VerifierFactory
{
    public static CredentialVerifier Create(TimeProvider? time = null, bool trust = true, VerifierOptions? options = null) =>
        new(
            (options ?? new VerifierOptions()) with { TrustedIssuers = trust ? TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) : null },
            time ?? TimeProvider.System,
            TestKeys.DidDocuments,
            SchemaValidator.ElmMicroCredential);
}
