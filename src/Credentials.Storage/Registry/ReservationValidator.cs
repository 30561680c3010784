using Credentials.Model.Registry;
using Credentials.Model.Status;

namespace Credentials.Storage.Registry;

/// <summary>Checks a reservation chunk for caller mistakes before anything touches the database.</summary>
internal static class ReservationValidator
{
    /// <summary>Validates the chunk and returns each reservation's storage key (or null).</summary>
    /// <exception cref="ArgumentException">A field is missing, an id repeats, or a purpose repeats or is undefined.</exception>
    public static string?[] Validate(IReadOnlyList<CredentialReservation> reservations)
    {
        var keys = new string?[reservations.Count];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reservations.Count; i++)
        {
            var r = reservations[i] ?? throw new ArgumentException($"Reservation {i} is null.", nameof(reservations));
            Require(r.CredentialId, nameof(r.CredentialId), i);
            Require(r.Issuer, nameof(r.Issuer), i);
            if (r.LearnerReference is null)
            {
                // Empty is allowed: a W3C credential whose subject has no id names no learner.
                throw new ArgumentException($"Reservation {i} has no LearnerReference (give an empty string when there is none).", nameof(reservations));
            }

            Require(r.TemplateId, nameof(r.TemplateId), i);
            Require(r.Format, nameof(r.Format), i);
            if (!ids.Add(r.CredentialId))
            {
                throw new ArgumentException($"Credential id '{r.CredentialId}' appears twice in one call.", nameof(reservations));
            }

            if (r.Purposes is null)
            {
                throw new ArgumentException($"Reservation {i} has no purpose list.", nameof(reservations));
            }

            var seen = new HashSet<StatusPurpose>();
            foreach (var purpose in r.Purposes)
            {
                if (!Enum.IsDefined(purpose) || !seen.Add(purpose))
                {
                    throw new ArgumentException($"Reservation {i} lists purpose '{purpose}' twice or it is undefined.", nameof(reservations));
                }
            }

            keys[i] = r.IdempotencyKey?.ToStorageKey();
        }

        return keys;
    }

    private static void Require(string? value, string field, int index)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Reservation {index} has no {field}.", field);
        }
    }
}
