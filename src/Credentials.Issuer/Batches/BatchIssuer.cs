using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Registry;
using Credentials.Model.Status;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Issues a batch: validates every row first, then reserves, signs and records credentials chunk by chunk, each chunk
/// in one registry transaction (<see cref="ICredentialStore.RecordManyAsync"/>), keyed by template id + student number
/// + completion date so a re-run, or a run after a crash at any moment, issues nobody twice and reuses no status index.
/// </summary>
public sealed partial class BatchIssuer
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
    public int ChunkSize { get; init; } = 500;

    /// <summary>Validates every row against the model; returns the credentials to issue and every row error.</summary>
    public static (IReadOnlyList<(LearnerRow Row, MicroCredential Credential)> Valid, IReadOnlyList<RowError> Errors) Validate(BatchTemplate template, IReadOnlyList<LearnerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        var valid = new List<(LearnerRow, MicroCredential)>(rows.Count);
        var errors = new List<RowError>();
        foreach (var row in rows)
        {
            if (!StudentNumberPattern().IsMatch(row.StudentNumber))
            {
                errors.Add(new RowError(row.Line, $"student number '{row.StudentNumber}' must be 1–64 letters, digits, '.', '_' or '-'"));
                continue;
            }

            if (!DateOnly.TryParseExact(row.CompletionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new RowError(row.Line, $"completion date '{row.CompletionDate}' is not YYYY-MM-DD"));
                continue;
            }

            var parsed = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(Input(template, row).ToJsonString()));
            if (parsed.Value is { } credential && parsed.Problems.Count == 0)
            {
                valid.Add((row, credential));
            }
            else
            {
                errors.Add(new RowError(row.Line, string.Join("; ", parsed.Problems.Select(p => $"{p.Pointer}: {p.Message}"))));
            }
        }

        return (valid, errors);
    }

    /// <summary>
    /// Issues the validated rows. <paramref name="onChunk"/> receives each chunk's credentials (new and existing) once
    /// the chunk is committed, so the caller can write them out; a crash before that loses nothing, because a re-run
    /// returns the recorded credentials.
    /// </summary>
    public async Task<(int Issued, int Existing)> IssueAsync(
        string templateId,
        IReadOnlyList<(LearnerRow Row, MicroCredential Credential)> valid,
        Func<IReadOnlyList<IssuedLearner>, CancellationToken, Task> onChunk,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(onChunk);
        int issued = 0, existing = 0;
        foreach (var chunk in valid.Chunk(ChunkSize))
        {
            var byId = new Dictionary<string, MicroCredential>(chunk.Length, StringComparer.Ordinal);
            var reservations = new List<CredentialReservation>(chunk.Length);
            var now = _time.GetUtcNow();
            foreach (var (row, credential) in chunk)
            {
                var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
                byId[id] = credential;
                var key = new IdempotencyKey(templateId, row.StudentNumber, DateOnly.ParseExact(row.CompletionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                reservations.Add(new CredentialReservation(id, _issuer.IssuerId, templateId + ":" + row.StudentNumber, templateId, "vc-jwt", now, [StatusPurpose.Revocation, StatusPurpose.Suspension], key));
            }

            var signed = new Dictionary<string, string>(StringComparer.Ordinal);
            var outcomes = await _store.RecordManyAsync(reservations, (records, _) =>
            {
                signed.Clear();
                var output = new List<ReadOnlyMemory<byte>>(records.Count);
                foreach (var record in records)
                {
                    var result = _issuer.Issue(byId[record.CredentialId], SecuringFormat.Jwt, record.CredentialId, credentialStatus: CredentialStatusEntries.Build(record.StatusAllocations, _urls));
                    var token = result.Secured ?? throw new InvalidOperationException("a validated row failed to issue: " + string.Join("; ", result.Problems.Select(p => p.Message)));
                    signed[record.CredentialId] = token;
                    output.Add(Encoding.UTF8.GetBytes(token));
                }

                return ValueTask.FromResult<IReadOnlyList<ReadOnlyMemory<byte>>>(output);
            }, cancellationToken).ConfigureAwait(false);

            var learners = new List<IssuedLearner>(chunk.Length);
            for (var i = 0; i < outcomes.Count; i++)
            {
                var record = outcomes[i].Record;
                if (outcomes[i].AlreadyExisted)
                {
                    existing++;
                    var content = record.Content.Length > 0 ? Encoding.UTF8.GetString(record.Content.Span) : string.Empty;
                    learners.Add(new IssuedLearner(chunk[i].Row, record.CredentialId, content, IsNew: false));
                }
                else
                {
                    issued++;
                    learners.Add(new IssuedLearner(chunk[i].Row, record.CredentialId, signed[record.CredentialId], IsNew: true));
                }
            }

            await onChunk(learners, cancellationToken).ConfigureAwait(false);
        }

        return (issued, existing);
    }

    private static JsonObject Input(BatchTemplate template, LearnerRow row)
    {
        var learner = new JsonObject
        {
            ["givenName"] = row.GivenName,
            ["familyName"] = row.FamilyName,
            ["dateOfBirth"] = row.DateOfBirth,
            ["studentNumber"] = row.StudentNumber,
            ["studentNumberScheme"] = template.StudentNumberScheme,
        };
        if (row.Email.Length > 0)
        {
            learner["email"] = row.Email;
        }

        if (row.NationalId.Length > 0)
        {
            learner["nationalId"] = row.NationalId;
            learner["nationalIdCountry"] = template.NationalIdCountry;
        }

        return new JsonObject
        {
            ["template"] = template.Template.DeepClone(),
            ["learner"] = learner,
            ["award"] = new JsonObject
            {
                ["grade"] = new JsonObject { [template.GradeLanguage] = row.Grade },
                ["awardDate"] = row.CompletionDate,
            },
        };
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex StudentNumberPattern();
}
