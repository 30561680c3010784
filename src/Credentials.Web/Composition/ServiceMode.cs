namespace Credentials.Web.Composition;

/// <summary>What the running service is: <see cref="DemoIssuer"/> when it signs with a published TEST-ONLY key.</summary>
internal sealed record ServiceMode(bool DemoIssuer);
