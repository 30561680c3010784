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

    /// <summary>Rows per registry transaction.</summary>
    public int ChunkSize { get; init; } = 2000;

    /// <summary>Validates every row against the model; returns the credentials to issue and every row error.</summary>
    /// <exception cref="ArgumentException">The template was not read by <see cref="BatchTemplate.Parse"/>.</exception>
    public static (IReadOnlyList<(LearnerRow Row, MicroCredential Credential)> Valid, IReadOnlyList<RowError> Errors) Validate(BatchTemplate template, IReadOnlyList<LearnerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        var model = template.Model ?? throw new ArgumentException("read the template with BatchTemplate.Parse", nameof(template));
        var valid = new List<(LearnerRow, MicroCredential)>(rows.Count);
        var errors = new List<RowError>();
        foreach (var row in rows)
        {
            var (credential, error) = BatchRowValidator.Validate(template, model, row);
            if (credential is not null)
            {
                valid.Add((row, credential));
            }
            else
            {
                errors.Add(error!);
            }
        }

        return (valid, errors);
    }

    /// <summary>
    /// Issues the validated rows, delivering new credentials to <paramref name="output"/> before each chunk commits and
    /// reporting <paramref name="progress"/> after it commits (synchronously, on the issuing thread).
    /// </summary>
    public async Task<BatchOutcome> IssueAsync(
        string templateId,
        IReadOnlyList<(LearnerRow Row, MicroCredential Credential)> valid,
        IBatchOutput output,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(templateId);
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(output);
        int issued = 0, existing = 0, restored = 0;
        var notKept = new List<IssuedLearner>();
        var clock = new PhaseClock();
        for (var start = 0; start < valid.Count; start += ChunkSize)
        {
            var chunk = Slice(valid, start, Math.Min(ChunkSize, valid.Count - start));
            var signed = new Dictionary<string, IssuedLearner>(StringComparer.Ordinal);
            var outcomes = await clock.TimeAsync(PhaseClock.Registry, () => _store.RecordManyAsync(
                Reservations(templateId, chunk, out var byId),
                async (records, ct) =>
                {
                    var learners = clock.Time(PhaseClock.Sign, () => Sign(records, byId));
                    signed.Clear();
                    foreach (var learner in learners)
                    {
                        signed[learner.CredentialId] = learner;
                    }

                    await clock.TimeAsync(PhaseClock.Output, () => output.WriteAsync(learners, ct)).ConfigureAwait(false);
                    return learners.Select(l => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(l.Secured)).ToList();
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
                var earlier = new IssuedLearner(chunk[i].Row, record.CredentialId, content, IsNew: false, record.Sha256);
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

    private List<CredentialReservation> Reservations(string templateId, (LearnerRow Row, MicroCredential Credential)[] chunk, out Dictionary<string, (LearnerRow Row, MicroCredential Credential)> byId)
    {
        byId = new Dictionary<string, (LearnerRow, MicroCredential)>(chunk.Length, StringComparer.Ordinal);
        var reservations = new List<CredentialReservation>(chunk.Length);
        var now = _time.GetUtcNow();
        foreach (var item in chunk)
        {
            var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
            byId[id] = item;
            var key = new IdempotencyKey(templateId, item.Row.StudentNumber, DateOnly.ParseExact(item.Row.CompletionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            reservations.Add(new CredentialReservation(id, _issuer.IssuerId, templateId + ":" + item.Row.StudentNumber, templateId, "vc-jwt", now, [StatusPurpose.Revocation, StatusPurpose.Suspension], key));
        }

        return reservations;
    }

    // The first credential goes through the full issue path (model and JSON Schema); the rest, built from the same
    // template and rows validated by the model's rules, are signed in parallel without repeating those checks.
    private IssuedLearner[] Sign(IReadOnlyList<IssuedCredentialRecord> records, Dictionary<string, (LearnerRow Row, MicroCredential Credential)> byId)
    {
        var learners = new IssuedLearner[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var record = records[i];
            var (row, credential) = byId[record.CredentialId];
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

            learners[i] = new IssuedLearner(row, record.CredentialId, token, IsNew: true, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
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
