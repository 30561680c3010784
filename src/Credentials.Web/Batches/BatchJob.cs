using Credentials.Issuer.Batches;
using Credentials.Model.MicroCredentials;

namespace Credentials.Web.Batches;

/// <summary>A validated batch waiting for the worker: every row already passed, so issuing cannot reject one.</summary>
internal sealed record BatchJob(string BatchId, BatchTemplate Template, IReadOnlyList<(LearnerRow Row, MicroCredential Credential)> Rows);
