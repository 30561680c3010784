using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Pipeline;

/// <summary>One check of the ordered list. Reports one result or several (one per problem); never throws for bad input.</summary>
internal interface ICheck
{
    string Name { get; }

    ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken);
}
