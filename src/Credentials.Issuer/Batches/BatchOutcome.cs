namespace Credentials.Issuer.Batches;

/// <summary>What a batch run did.</summary>
/// <param name="Issued">Credentials newly issued in this run.</param>
/// <param name="Existing">Rows whose credential had been issued before (idempotency hits), including restored ones.</param>
/// <param name="Restored">Of <paramref name="Existing"/>: missing from the output and written again from the registry's copy.</param>
/// <param name="NotKept">
/// Rows issued earlier whose credential is neither in the output nor in the registry (content not kept): never signed
/// again with a new id; the operator must find the learner's copy or revoke and issue anew.
/// </param>
/// <param name="Timings">Where the time went, for the summary and the benchmark.</param>
public sealed record BatchOutcome(int Issued, int Existing, int Restored, IReadOnlyList<IssuedLearner> NotKept, BatchTimings Timings);
