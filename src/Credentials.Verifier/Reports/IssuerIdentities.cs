using Credentials.Proofs.Findings;

namespace Credentials.Verifier.Reports;

/// <summary>
/// The one rule for where a report's issuer identity comes from, and for which passed results may not be shown as
/// an endorsement while that identity is unconfirmed.
/// </summary>
public static class IssuerIdentities
{
    /// <summary>The issuer identity of <paramref name="report"/> and its provenance.</summary>
    public static IssuerIdentity Of(VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.TrustedIssuer is { } t)
        {
            return new IssuerIdentity(t.Id, t.LegalName, t.Registration, t.Country, report.TrustListName ?? Trust.TrustedIssuers.DefaultName, true);
        }

        var issuer = report.Content?.MicroCredential?.Template.Issuer;
        var name = issuer?.LegalName?.Best(["en"]);
        var registration = issuer?.Registration?.Notation ?? issuer?.EidasIdentifier ?? issuer?.VatIdentifier;
        var sealed_ = report.Checks.Any(c => c.Check == CheckNames.Trust && c.Outcome == CheckOutcome.Passed);
        return new IssuerIdentity(report.IssuerId, name, registration, issuer?.CountryCode, sealed_ ? IssuerIdentity.SealSource : IssuerIdentity.CredentialSource, sealed_);
    }

    /// <summary>
    /// True for a passed result that, read alone, would vouch for the issuer named in the credential ("the signing
    /// key belongs to the issuer") while nobody confirms who that issuer is: show it as a neutral note instead.
    /// </summary>
    public static bool IsNeutral(VerificationReport report, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome == CheckOutcome.Passed && result.Check == CheckNames.Issuer && !Of(report).Confirmed;
    }
}
