using Credentials.Model.Registry;

namespace Credentials.Issuer.Batches;

/// <summary>One chunk of a batch run in the pipeline: its rows, their reservations, and the signing under way.</summary>
/// <param name="Start">Index of the chunk's first row among the valid rows.</param>
/// <param name="Rows">The chunk's rows.</param>
/// <param name="Outcomes">One reservation outcome per row, in order.</param>
internal sealed record BatchChunk(int Start, LearnerRow[] Rows, IReadOnlyList<ReservationOutcome> Outcomes)
{
    /// <summary>The chunk's new (and resumed) credentials, once signed.</summary>
    public Task<IssuedLearner[]>? Signing { get; set; }
}
