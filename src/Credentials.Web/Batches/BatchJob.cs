using Credentials.Issuer.Batches;

namespace Credentials.Web.Batches;

/// <summary>A validated batch waiting for the worker: every row already passed, so issuing cannot reject one.</summary>
internal sealed record BatchJob(string BatchId, BatchTemplate Template, IReadOnlyList<LearnerRow> Rows);
