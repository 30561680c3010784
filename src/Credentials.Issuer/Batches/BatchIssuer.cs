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
/// chunk by chunk, each chunk in one registry transaction (<see cref="ICredentialStore.RecordManyAsync"/>), keyed by
/// template id + student number + completion date so a re-run, or a run after a crash at any moment, issues nobody
/// twice and reuses no status index. Signing runs on every core; the first credential of every chunk is also checked
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
    /// Issues the validated rows, delivering new credentials to <paramref name="output"/> before each chunk commits and
    /// reporting <paramref name="progress"/> after it commits (synchronously, on the issuing thread).
    /// </summary>
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
        int issued = 0, existing = 0, restored = 0;
        var notKept = new List<IssuedLearner>();
        var clock = new PhaseClock();
        for (var start = 0; start < valid.Count; start += ChunkSize)
        {
            var chunk = Slice(valid, start, Math.Min(ChunkSize, valid.Count - start));
            var outcomes = await clock.TimeAsync(PhaseClock.Registry, () => _store.RecordManyAsync(
                Reservations(template.Id, chunk, out var byId),
                async (records, ct) =>
                {
                    var (learners, contents) = clock.Time(PhaseClock.Sign, () => Sign(template, model, records, byId));
                    await clock.TimeAsync(PhaseClock.Output, () => output.WriteAsync(learners, ct)).ConfigureAwait(false);
                    return contents;
                },
                cancellationToken)).ConfigureAwait(false);

            var toRestore = new List<IssuedLearner>();
            for (var i = 0; i < outcomes.Count; i++)
            {
                var record = outcomes[i].Record;
                if (!outcomes[i].AlreadyExisted)
                {
                    issued++;
                    continue;
                }

                existing++;
                var content = record.Content.Length > 0 ? Encoding.UTF8.GetString(record.Content.Span) : string.Empty;
                var earlier = new IssuedLearner(chunk[i], record.CredentialId, content, IsNew: false, record.Sha256);
                if (!await output.HoldsAsync(earlier, cancellationToken).ConfigureAwait(false))
                {
                    (content.Length > 0 ? toRestore : notKept).Add(earlier);
                }
            }

            if (toRestore.Count > 0)
            {
                await output.WriteAsync(toRestore, cancellationToken).ConfigureAwait(false);
                restored += toRestore.Count;
            }

            progress?.Report(new BatchProgress(start + chunk.Length, valid.Count, issued, existing));
        }

        return new BatchOutcome(issued, existing, restored, notKept, clock.Timings());
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

    // Each credential is built again from its validated row. The first goes through the full issue path (model and
    // JSON Schema); the rest, built from the same template and rows validated by the model's rules, are signed in
    // parallel without repeating those checks. The UTF-8 bytes are made once, for the hash and for the registry.
    private (IssuedLearner[] Learners, ReadOnlyMemory<byte>[] Contents) Sign(
        BatchTemplate template, MicroCredentialTemplate model, IReadOnlyList<IssuedCredentialRecord> records, Dictionary<string, LearnerRow> byId)
    {
        var learners = new IssuedLearner[records.Count];
        var contents = new ReadOnlyMemory<byte>[records.Count];
        var invalid = new RowError?[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var record = records[i];
            var row = byId[record.CredentialId];
            var (credential, errors) = BatchRowValidator.Validate(template, model, row, LearnerColumns.English);
            if (credential is null)
            {
                // Reported after the loop, so the caller gets the row's problem rather than the loop's AggregateException.
                invalid[i] = errors[0];
                return;
            }

            var status = CredentialStatusEntries.Build(record.StatusAllocations, _urls);
            string token;
            if (i == 0)
            {
                var result = _issuer.Issue(credential, SecuringFormat.Jwt, record.CredentialId, credentialStatus: status);
                token = result.Secured ?? throw new InvalidOperationException("a validated row failed to issue: " + string.Join("; ", result.Problems.Select(p => $"{p.Pointer}: {p.Message}")));
            }
            else
            {
                token = _issuer.SignValidatedJwt(credential, record.CredentialId, status);
            }

            var bytes = Encoding.UTF8.GetBytes(token);
            contents[i] = bytes;
            learners[i] = new IssuedLearner(row, record.CredentialId, token, IsNew: true, SHA256.HashData(bytes));
        });
        if (invalid.FirstOrDefault(e => e is not null) is { } first)
        {
            throw new ArgumentException($"line {first.Line} was not validated by BatchIssuer.Validate: {first.Message}", nameof(records));
        }

        return (learners, contents);
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
