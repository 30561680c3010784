using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.Model.Registry;

/// <summary>
/// What makes two issuance requests "the same": template, student number and completion date. A re-run of a batch
/// with the same key gets the credential issued the first time instead of a second one.
/// </summary>
/// <param name="TemplateId">The micro-credential template id.</param>
/// <param name="StudentNumber">The learner's student number in the issuing institution.</param>
/// <param name="CompletionDate">The date the learner completed the micro-credential.</param>
public sealed record IdempotencyKey(string TemplateId, string StudentNumber, DateOnly CompletionDate)
{
    /// <summary>
    /// The value stored in the registry: lower-case hex SHA-256 over the length-prefixed UTF-8 fields, so the student
    /// number is not stored in clear here and no two different keys can collide by concatenation.
    /// </summary>
    public string ToStorageKey()
    {
        ArgumentException.ThrowIfNullOrEmpty(TemplateId);
        ArgumentException.ThrowIfNullOrEmpty(StudentNumber);
        var date = CompletionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in new[] { TemplateId, StudentNumber.Trim(), date })
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
