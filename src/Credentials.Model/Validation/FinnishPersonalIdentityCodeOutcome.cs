namespace Credentials.Model.Validation;

/// <summary>What <see cref="FinnishPersonalIdentityCode.Check"/> found.</summary>
public enum FinnishPersonalIdentityCodeOutcome
{
    /// <summary>Well formed, a real date, and the check character matches.</summary>
    Valid,

    /// <summary>Not DDMMYY, a century sign, three digits and a check character.</summary>
    Malformed,

    /// <summary>The first six digits with the century are not a date.</summary>
    InvalidDate,

    /// <summary>The check character does not match the digits.</summary>
    WrongCheckCharacter,
}
