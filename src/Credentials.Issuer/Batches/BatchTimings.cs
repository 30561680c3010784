namespace Credentials.Issuer.Batches;

/// <summary>Wall-clock time of a batch run's issuing phases (signing runs on every core and beside the registry stage, so the phases overlap; wall time, not CPU).</summary>
/// <param name="Sign">Building and signing the credentials.</param>
/// <param name="Output">Handing them to the <see cref="IBatchOutput"/>.</param>
/// <param name="Registry">Registry work: idempotency look-ups, status index allocation, inserts and commits.</param>
public sealed record BatchTimings(TimeSpan Sign, TimeSpan Output, TimeSpan Registry);
