namespace Credentials.Model.MicroCredentials;

/// <summary>Identification of the learner (Annex I, mandatory).</summary>
public sealed record Learner
{
    /// <summary>Given name(s).</summary>
    public string? GivenName { get; init; }

    /// <summary>Family name(s).</summary>
    public string? FamilyName { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Student number at the issuing institution.</summary>
    public string? StudentNumber { get; init; }

    /// <summary>Name of the student number's scheme, e.g. the institution's register.</summary>
    public string? StudentNumberScheme { get; init; }

    /// <summary>Optional national identifier.</summary>
    public string? NationalId { get; init; }

    /// <summary>ISO 3166-1 alpha-3 country of the national identifier (required with it).</summary>
    public string? NationalIdCountry { get; init; }

    /// <summary>Optional e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Optional DID of the learner; becomes <c>credentialSubject.id</c>.</summary>
    public string? Did { get; init; }

    /// <summary>Given and family name joined by a space, or whichever exists.</summary>
    public string? FullName => string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } full ? full : null;
}
