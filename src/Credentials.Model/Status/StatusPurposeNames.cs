namespace Credentials.Model.Status;

/// <summary>Maps <see cref="StatusPurpose"/> to and from the spec's <c>statusPurpose</c> strings.</summary>
public static class StatusPurposeNames
{
    /// <summary>The <c>statusPurpose</c> value for revocation.</summary>
    public const string Revocation = "revocation";

    /// <summary>The <c>statusPurpose</c> value for suspension.</summary>
    public const string Suspension = "suspension";

    /// <summary>The spec string of <paramref name="purpose"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined purpose.</exception>
    public static string ToName(this StatusPurpose purpose) => purpose switch
    {
        StatusPurpose.Revocation => Revocation,
        StatusPurpose.Suspension => Suspension,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown status purpose."),
    };

    /// <summary>Parses a spec string (exact, case-sensitive, as the spec defines the values).</summary>
    /// <returns><see langword="true"/> when <paramref name="name"/> is <c>revocation</c> or <c>suspension</c>.</returns>
    public static bool TryParse(string? name, out StatusPurpose purpose)
    {
        switch (name)
        {
            case Revocation:
                purpose = StatusPurpose.Revocation;
                return true;
            case Suspension:
                purpose = StatusPurpose.Suspension;
                return true;
            default:
                purpose = default;
                return false;
        }
    }
}
