using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Registry;
using Credentials.Model.Status;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Issues a batch: validates every row first (<see cref="Validate"/>), then reserves, signs and records credentials
/// chunk by chunk (<see cref="ICredentialStore.ReserveManyAsync"/>, then <see cref="ICredentialStore.CompleteManyAsync"/>),
/// keyed by template id + student number + completion date so a re-run, or a run after a crash at any moment, issues
/// nobody twice and reuses no status index. The registry's serial work overlaps the signing of the chunk between
/// (see <see cref="IssueAsync"/>); signing runs on every core; the first credential of every chunk is also checked
/// against the full JSON Schema, which proves the template's mapping for the rest of the chunk.
/// </summary>
public sealed class BatchIssuer
{
    private readonly CredentialIssuer _issuer;
    private readonly ICredentialStore _store;
    private readonly StatusListUrls _urls;
    private readonly TimeProvider _time;

    /// <summary>Creates a batch issuer.</summary>
    public BatchIssuer(CredentialIssuer issuer, ICredentialStore store, StatusListUrls urls, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(time);
        _issuer = issuer;
        _store = store;
        _urls = urls;
        _time = time;
    }

    /// <summary>
    /// Rows per registry transaction. A chunk's signed credentials (about 55 KB each as text and UTF-8) live until its
    /// transaction commits, so this bounds the batch's working memory; 500 keeps a 100,000-row run under 500 MiB.
    /// </summary>
    public int ChunkSize { get; init; } = 500;

    /// <summary>
    /// Validates every row against the model (on every core); returns the rows to issue, in input order, and every row
    /// error. Only the rows are kept: <see cref="IssueAsync"/> builds each credential again when its chunk is signed,
    /// so a batch's memory does not grow with a model per learner.
    /// </summary>
    /// <param name="template">The batch template.</param>
    /// <param name="rows">The rows read.</param>
    /// <param name="columns">The file's column names (<see cref="LearnerTable.Columns"/>), for the errors; English names when null.</param>
    /// <exception cref="ArgumentException">The template was not read by <see cref="BatchTemplate.Parse"/>.</exception>
    public static (IReadOnlyList<LearnerRow> Valid, IReadOnlyList<RowError> Errors) Validate(
        BatchTemplate template, IReadOnlyList<LearnerRow> rows, IReadOnlyDictionary<LearnerField, string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        var model = ModelOf(template);
        var names = columns ?? LearnerColumns.English;
        var results = new IReadOnlyList<RowError>[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            results[i] = BatchRowValidator.Validate(template, model, rows[i], names).Errors);
        var valid = new List<LearnerRow>(rows.Count);
        var errors = new List<RowError>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (results[i].Count > 0)
            {
                errors.AddRange(results[i]);
            }
            else
            {
                valid.Add(rows[i]);
            }
        }

        return (valid, errors);
    }

    /// <summary>The credential a row accepted by <see cref="Validate"/> stands for.</summary>
    /// <exception cref="ArgumentException">The template was not read by <see cref="BatchTemplate.Parse"/>, or the row is invalid.</exception>
    public static MicroCredential CredentialOf(BatchTemplate template, LearnerRow row)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(row);
        var (credential, errors) = BatchRowValidator.Validate(template, ModelOf(template), row, LearnerColumns.English);
        return credential ?? throw new ArgumentException($"line {row.Line} is invalid: {string.Join("; ", errors.Select(e => e.Message))}", nameof(row));
    }

    /// <summary>
    /// Issues the validated rows, delivering new credentials to <paramref name="output"/> before each chunk's completion
    /// commits and reporting <paramref name="progress"/> after it commits (synchronously, on the issuing thread).
    /// </summary>
    /// <remarks>
    /// A pipeline of two stages. The registry stage (one thread: its writes are serial anyway) reserves chunk
    /// <c>k + 1</c> — ids and random status indexes, committed as <see cref="CredentialRecordState.Reserved"/> before
    /// anything is signed — and then records chunk <c>k - 1</c> as issued, while the signing stage signs chunk
    /// <c>k</c> on every core. A crash at any moment leaves each learner either unknown to the registry, reserved, or
    /// issued; a re-run finds the reserved ones by their idempotency key and signs them with the ids and status
    /// indexes they already hold, so nobody is issued twice, no status index is reused and no record is lost. Every
    /// row of a chunk is built and checked before the chunk is reserved, so a row that was never validated stops the
    /// run before anything of its chunk is recorded.
    /// </remarks>
    /// <exception cref="ArgumentException">A row is not one <see cref="Validate"/> accepted.</exception>
    public async Task<BatchOutcome> IssueAsync(
        BatchTemplate template,
        IReadOnlyList<LearnerRow> valid,
        IBatchOutput output,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(valid);
        var model = ModelOf(template);
        ArgumentNullException.ThrowIfNull(output);
        var run = new BatchRun(output, progress, valid.Count);
        BatchChunk? pending = null;
        for (var start = 0; start < valid.Count; start += ChunkSize)
        {
            var rows = Slice(valid, start, Math.Min(ChunkSize, valid.Count - start));
            MicroCredential[] credentials;
            try
            {
                credentials = Build(template, model, rows);
            }
            catch (ArgumentException)
            {
                // The chunks before this one are still finished: what was signed is recorded.
                if (pending is not null)
                {
                    await FinishAsync(pending, run, cancellationToken).ConfigureAwait(false);
                }

                throw;
            }

            var outcomes = await run.Clock.TimeAsync(PhaseClock.Registry, () => _store.ReserveManyAsync(Reservations(template.Id, rows, out _), cancellationToken)).ConfigureAwait(false);
            var chunk = new BatchChunk(start, rows, outcomes);

            // New rows and rows reserved by an interrupted earlier run are signed; issued ones are only delivered.
            var toSign = Enumerable.Range(0, rows.Length).Where(i => !outcomes[i].AlreadyExisted || outcomes[i].Record.State == CredentialRecordState.Reserved).ToArray();
            chunk.Signing = Task.Run(() => run.Clock.Time(PhaseClock.Sign, () => Sign(rows, credentials, outcomes, toSign)), cancellationToken);
            if (pending is not null)
            {
                await FinishAsync(pending, run, cancellationToken).ConfigureAwait(false);
            }

            pending = chunk;
        }

        if (pending is not null)
        {
            await FinishAsync(pending, run, cancellationToken).ConfigureAwait(false);
        }

        return new BatchOutcome(run.Issued, run.Existing, run.Restored, run.NotKept, run.Clock.Timings());
    }

    /// <summary>Delivers a signed chunk, records it as issued, delivers what earlier runs issued, reports progress.</summary>
    private async Task FinishAsync(BatchChunk chunk, BatchRun run, CancellationToken cancellationToken)
    {
        var signed = await chunk.Signing!.ConfigureAwait(false);
        if (signed.Length > 0)
        {
            await run.Clock.TimeAsync(PhaseClock.Output, () => run.Output.WriteAsync(signed, cancellationToken)).ConfigureAwait(false);
            var completions = signed.Select(l => new CredentialCompletion(l.CredentialId, Encoding.UTF8.GetBytes(l.Secured))).ToList();
            var completed = await run.Clock.TimeAsync(PhaseClock.Registry, () => _store.CompleteManyAsync(completions, cancellationToken)).ConfigureAwait(false);
            var refused = completed.Where(o => o is not (CompletionOutcome.Completed or CompletionOutcome.AlreadyCompleted)).ToList();
            if (refused.Count > 0)
            {
                throw new InvalidOperationException($"The registry did not record {refused.Count} signed credentials of this batch ({refused[0]}); run the batch again to finish it.");
            }

            run.Issued += signed.Length;
        }

        var toRestore = new List<IssuedLearner>();
        for (var i = 0; i < chunk.Rows.Length; i++)
        {
            var (record, existed) = (chunk.Outcomes[i].Record, chunk.Outcomes[i].AlreadyExisted);
            if (!existed || record.State == CredentialRecordState.Reserved)
            {
                continue;
            }

            run.Existing++;
            var content = record.Content.Length > 0 ? Encoding.UTF8.GetString(record.Content.Span) : string.Empty;
            var earlier = new IssuedLearner(chunk.Rows[i], record.CredentialId, content, IsNew: false, record.Sha256);
            if (!await run.Output.HoldsAsync(earlier, cancellationToken).ConfigureAwait(false))
            {
                (content.Length > 0 ? toRestore : run.NotKept).Add(earlier);
            }
        }

        if (toRestore.Count > 0)
        {
            await run.Output.WriteAsync(toRestore, cancellationToken).ConfigureAwait(false);
            run.Restored += toRestore.Count;
        }

        run.Progress?.Report(new BatchProgress(chunk.Start + chunk.Rows.Length, run.Total, run.Issued, run.Existing));
    }

    private static MicroCredentialTemplate ModelOf(BatchTemplate template) =>
        template.Model ?? throw new ArgumentException("read the template with BatchTemplate.Parse", nameof(template));

    private List<CredentialReservation> Reservations(string templateId, LearnerRow[] chunk, out Dictionary<string, LearnerRow> byId)
    {
        byId = new Dictionary<string, LearnerRow>(chunk.Length, StringComparer.Ordinal);
        var reservations = new List<CredentialReservation>(chunk.Length);
        var now = _time.GetUtcNow();
        foreach (var row in chunk)
        {
            var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
            byId[id] = row;
            var key = new IdempotencyKey(templateId, row.StudentNumber, LearnerDates.TryParse(row.CompletionDate, out var completed) ? completed : throw new ArgumentException($"line {row.Line} was not validated", nameof(chunk)));
            reservations.Add(new CredentialReservation(id, _issuer.IssuerId, templateId + ":" + row.StudentNumber, templateId, "vc-jwt", now, [StatusPurpose.Revocation, StatusPurpose.Suspension], key)
            {
                StudentNumber = row.StudentNumber,
            });
        }

        return reservations;
    }

    // Each credential is built again from its validated row, before its chunk is reserved; a row that fails here was
    // never validated, and is reported as itself rather than as the loop's AggregateException.
    private static MicroCredential[] Build(BatchTemplate template, MicroCredentialTemplate model, LearnerRow[] rows)
    {
        var credentials = new MicroCredential[rows.Length];
        var invalid = new RowError?[rows.Length];
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (credential, errors) = BatchRowValidator.Validate(template, model, rows[i], LearnerColumns.English);
            credentials[i] = credential!;
            invalid[i] = credential is null ? errors[0] : null;
        });
        if (invalid.FirstOrDefault(e => e is not null) is { } first)
        {
            throw new ArgumentException($"line {first.Line} was not validated by BatchIssuer.Validate: {first.Message}", nameof(rows));
        }

        return credentials;
    }

    // The first credential of a chunk goes through the full issue path (model and JSON Schema); the rest, built from
    // the same template and rows validated by the model's rules, are signed in parallel without repeating those
    // checks. Ids and status indexes are the reserved ones (for a resumed row, the ones an earlier run reserved).
    private IssuedLearner[] Sign(LearnerRow[] rows, MicroCredential[] credentials, IReadOnlyList<ReservationOutcome> outcomes, int[] toSign)
    {
        var learners = new IssuedLearner[toSign.Length];
        Parallel.For(0, toSign.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, n =>
        {
            var i = toSign[n];
            var record = outcomes[i].Record;
            var status = CredentialStatusEntries.Build(record.StatusAllocations, _urls);
            string token;
            if (n == 0)
            {
                var result = _issuer.Issue(credentials[i], SecuringFormat.Jwt, record.CredentialId, credentialStatus: status);
                token = result.Secured ?? throw new InvalidOperationException("a validated row failed to issue: " + string.Join("; ", result.Problems.Select(p => $"{p.Pointer}: {p.Message}")));
            }
            else
            {
                token = _issuer.SignValidatedJwt(credentials[i], record.CredentialId, status);
            }

            learners[n] = new IssuedLearner(rows[i], record.CredentialId, token, IsNew: true, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        });
        return learners;
    }

    private static T[] Slice<T>(IReadOnlyList<T> list, int start, int count)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = list[start + i];
        }

        return items;
    }
}
