using Credentials.Model.Registry;
using Credentials.Model.Status;

namespace Credentials.Storage.Registry;

/// <summary>Turns rows into the model's records.</summary>
internal static class RecordMapper
{
    public static StatusPurpose ParsePurpose(string name)
        => StatusPurposeNames.TryParse(name, out var purpose)
            ? purpose
            : throw new InvalidOperationException($"The database holds an unknown status purpose '{name}'.");

    public static StatusAllocation ToAllocation(AllocationReadRow row)
        => new(ParsePurpose(row.Purpose), row.ListId, checked((int)row.Idx));

    public static IssuedCredentialRecord ToRecord(CredentialRow row, IReadOnlyList<StatusAllocation> allocations) => new(
        row.Id,
        row.Issuer,
        row.LearnerRef,
        row.TemplateId,
        row.Format,
        DateTimeOffset.FromUnixTimeMilliseconds(row.IssuedAtMs),
        row.IdempotencyKey,
        (CredentialRecordState)row.State,
        (CredentialStatusState)row.Status,
        allocations,
        row.Sha256 ?? ReadOnlyMemory<byte>.Empty,
        row.Content ?? ReadOnlyMemory<byte>.Empty)
    {
        StudentNumber = row.StudentNumber,
    };
}
