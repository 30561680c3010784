namespace Credentials.Issuer.Batches;

/// <summary>What a batch run did.</summary>
/// <param name="Issued">Credentials newly issued in this run.</param>
/// <param name="Existing">Rows whose credential had been issued before (idempotency hits).</param>
/// <param name="Rejected">Rows not issued, with why.</param>
public sealed record BatchOutcome(int Issued, int Existing, IReadOnlyList<RowError> Rejected);
