using System.Data.Common;
using System.Security.Cryptography;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Storage.Dialects;
using Credentials.Storage.Status;
using Dapper;

namespace Credentials.Storage.Registry;

/// <summary>The issuance registry over Dapper, for SQLite and PostgreSQL.</summary>
internal sealed class SqlCredentialStore(SqlDialect dialect, StorageOptions options, TimeProvider time) : ICredentialStore
{
    // A concurrent writer on PostgreSQL can commit the same idempotency key between our read and our insert; the
    // unique constraint then aborts the chunk and a retry finds the key.
    private const int MaxAttempts = 3;

    private readonly StatusIndexReserver reserver = new(dialect, options.StatusListLength);

    private readonly CompletionWriter completer = new(dialect, options);

    public Task<IReadOnlyList<ReservationOutcome>> ReserveManyAsync(
        IReadOnlyList<CredentialReservation> reservations,
        CancellationToken cancellationToken = default)
        => WriteAsync(reservations, null, cancellationToken);

    public Task<IReadOnlyList<ReservationOutcome>> RecordManyAsync(
        IReadOnlyList<CredentialReservation> reservations,
        CredentialSigner signer,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return WriteAsync(reservations, signer, cancellationToken);
    }

    private async Task<IReadOnlyList<ReservationOutcome>> WriteAsync(
        IReadOnlyList<CredentialReservation> reservations,
        CredentialSigner? signer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservations);
        var keys = ReservationValidator.Validate(reservations);
        if (reservations.Count == 0)
        {
            return [];
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(reservations, keys, signer, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException ex) when (attempt < MaxAttempts && dialect.IsUniqueViolation(ex))
            {
                // Retried below with a fresh transaction.
            }
        }
    }

    public Task<IReadOnlyList<CompletionOutcome>> CompleteManyAsync(
        IReadOnlyList<CredentialCompletion> completions,
        CancellationToken cancellationToken = default)
        => completer.CompleteManyAsync(completions, cancellationToken);

    public async Task<IssuedCredentialRecord?> GetAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var records = await LoadRecordsAsync(connection, null, "id = @id", new { id = credentialId }, cancellationToken).ConfigureAwait(false);
        return records.Count == 0 ? null : records[0];
    }

    public async Task<IssuedCredentialRecord?> FindByIdempotencyKeyAsync(IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var records = await LoadRecordsAsync(
            connection,
            null,
            "idempotency_key = @key",
            new { key = key.ToStorageKey() },
            cancellationToken).ConfigureAwait(false);
        return records.Count == 0 ? null : records[0];
    }

    public async Task<IReadOnlyList<IssuedCredentialRecord>> FindByStudentNumberAsync(
        string issuer, string studentNumber, string? templateId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(studentNumber);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await LoadRecordsAsync(
            connection,
            null,
            "issuer = @issuer AND student_number = @studentNumber" + (templateId is null ? string.Empty : " AND template_id = @templateId") + " ORDER BY issued_at_ms, id",
            new { issuer, studentNumber, templateId },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ReservationOutcome>> WriteOnceAsync(
        IReadOnlyList<CredentialReservation> reservations,
        string?[] keys,
        CredentialSigner? signer,
        CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        var distinctKeys = keys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var byKey = new Dictionary<string, IssuedCredentialRecord>(StringComparer.Ordinal);
        if (distinctKeys.Count > 0)
        {
            var existing = await LoadRecordsAsync(
                connection,
                transaction,
                dialect.InList("idempotency_key", "@keys"),
                new { keys = dialect.ListParameter(distinctKeys) },
                cancellationToken).ConfigureAwait(false);
            foreach (var record in existing)
            {
                byKey[record.IdempotencyKey!] = record;
            }
        }

        // Which reservations create a row: not known to the store, and the first of their key in this call.
        var creating = new List<int>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reservations.Count; i++)
        {
            var key = keys[i];
            if (key is null || (!byKey.ContainsKey(key) && claimed.Add(key)))
            {
                creating.Add(i);
            }
        }

        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var reserved = await reserver.ReserveAsync(
            connection, transaction, creating.Select(i => (reservations[i].Issuer, reservations[i].Purposes)).ToList(), nowMs, cancellationToken).ConfigureAwait(false);
        var allocations = new Dictionary<int, List<StatusAllocation>>(creating.Count);
        for (var n = 0; n < creating.Count; n++)
        {
            allocations[creating[n]] = reserved[n];
        }

        var created = new Dictionary<int, IssuedCredentialRecord>(creating.Count);
        foreach (var i in creating)
        {
            var r = reservations[i];
            created[i] = new IssuedCredentialRecord(
                r.CredentialId,
                r.Issuer,
                r.LearnerReference,
                r.TemplateId,
                r.Format,
                DateTimeOffset.FromUnixTimeMilliseconds(r.IssuedAt.ToUnixTimeMilliseconds()),
                keys[i],
                CredentialRecordState.Reserved,
                CredentialStatusState.Active,
                allocations[i],
                ReadOnlyMemory<byte>.Empty,
                ReadOnlyMemory<byte>.Empty)
            {
                StudentNumber = r.StudentNumber,
            };
        }

        if (signer is not null && creating.Count > 0)
        {
            await SignAsync(signer, creating, created, cancellationToken).ConfigureAwait(false);
        }

        var credentialRows = new List<NewCredentialRow>(creating.Count);
        var allocationRows = new List<AllocationRow>(creating.Count * 2);
        foreach (var i in creating)
        {
            var record = created[i];
            credentialRows.Add(new NewCredentialRow(
                record.CredentialId,
                record.Issuer,
                record.LearnerReference,
                record.TemplateId,
                record.Format,
                record.IssuedAt.ToUnixTimeMilliseconds(),
                record.IdempotencyKey,
                nowMs,
                (long)record.State,
                record.Sha256.IsEmpty ? null : record.Sha256.ToArray(),
                record.Content.IsEmpty ? null : record.Content.ToArray(),
                record.StudentNumber));
            foreach (var a in record.StatusAllocations)
            {
                allocationRows.Add(new AllocationRow(record.CredentialId, a.Purpose.ToName(), a.ListId, a.Index));
            }

            if (record.IdempotencyKey is { } key)
            {
                byKey[key] = record;
            }
        }

        if (credentialRows.Count > 0)
        {
            await dialect.InsertCredentialsAsync(connection, transaction, credentialRows, cancellationToken).ConfigureAwait(false);
        }

        if (allocationRows.Count > 0)
        {
            await dialect.InsertAllocationsAsync(connection, transaction, allocationRows, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var outcomes = new ReservationOutcome[reservations.Count];
        for (var i = 0; i < reservations.Count; i++)
        {
            outcomes[i] = created.TryGetValue(i, out var record)
                ? new ReservationOutcome(record, AlreadyExisted: false)
                : new ReservationOutcome(byKey[keys[i]!], AlreadyExisted: true);
        }

        return outcomes;
    }

    private async Task SignAsync(
        CredentialSigner signer,
        List<int> creating,
        Dictionary<int, IssuedCredentialRecord> created,
        CancellationToken cancellationToken)
    {
        var signed = await signer(creating.Select(i => created[i]).ToList(), cancellationToken).ConfigureAwait(false);
        if (signed is null || signed.Count != creating.Count)
        {
            throw new InvalidOperationException(
                $"The signer returned {signed?.Count ?? 0} credentials for {creating.Count} reservations.");
        }

        for (var n = 0; n < creating.Count; n++)
        {
            var bytes = signed[n];
            created[creating[n]] = created[creating[n]] with
            {
                State = CredentialRecordState.Issued,
                Sha256 = SHA256.HashData(bytes.Span),
                Content = options.StoreCredentialContent ? bytes.ToArray() : ReadOnlyMemory<byte>.Empty,
            };
        }
    }

    private async Task<IReadOnlyList<IssuedCredentialRecord>> LoadRecordsAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string condition,
        object parameters,
        CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<CredentialRow>(Command(
            CredentialRow.SelectColumns + " WHERE " + condition, transaction, parameters, cancellationToken)).ConfigureAwait(false)).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var allocations = (await connection.QueryAsync<AllocationReadRow>(Command(
                AllocationReadRow.SelectColumns + " WHERE " + dialect.InList("credential_id", "@ids") + " ORDER BY purpose",
                transaction,
                new { ids = dialect.ListParameter(ids) },
                cancellationToken)).ConfigureAwait(false))
            .ToLookup(a => a.CredentialId, StringComparer.Ordinal);
        return rows
            .Select(r => RecordMapper.ToRecord(r, allocations[r.Id].Select(RecordMapper.ToAllocation).OrderBy(a => a.Purpose).ToList()))
            .ToList();
    }

    private CommandDefinition Command(string sql, DbTransaction? transaction, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, transaction, dialect.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
