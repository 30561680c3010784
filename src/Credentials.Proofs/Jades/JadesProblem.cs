using Credentials.Proofs.Findings;
namespace Credentials.Proofs.Jades;

/// <summary>One problem found while verifying a seal.</summary>
/// <param name="Code">A stable, dotted, lower-case code from <see cref="CheckCodes"/>.</param>
/// <param name="Message">A plain-language explanation in English; the wording may change, the code may not.</param>
public sealed record JadesProblem(string Code, string Message);
