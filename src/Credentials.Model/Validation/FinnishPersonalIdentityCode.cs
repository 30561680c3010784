using System.Globalization;

namespace Credentials.Model.Validation;

/// <summary>
/// The Finnish personal identity code (henkilötunnus): <c>DDMMYY</c>, a century sign, a three-digit individual
/// number and a check character, e.g. <c>131052-308T</c>. Century signs per the Digital and Population Data Services
/// Agency's rules in force since 1 January 2023: <c>+</c> 1800s; <c>-</c>, <c>Y</c>, <c>X</c>, <c>W</c>, <c>V</c>,
/// <c>U</c> 1900s; <c>A</c>, <c>B</c>, <c>C</c>, <c>D</c>, <c>E</c>, <c>F</c> 2000s.
/// </summary>
public static class FinnishPersonalIdentityCode
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Checks <paramref name="value"/>; on success gives the date of birth it encodes.</summary>
    /// <returns>The outcome: valid, or which part is wrong.</returns>
    public static FinnishPersonalIdentityCodeOutcome Check(string value, out DateOnly birthDate)
    {
        ArgumentNullException.ThrowIfNull(value);
        birthDate = default;
        if (value.Length != 11
            || !value.AsSpan(0, 6).ContainsOnlyDigits()
            || !value.AsSpan(7, 3).ContainsOnlyDigits())
        {
            return FinnishPersonalIdentityCodeOutcome.Malformed;
        }

        var century = char.ToUpperInvariant(value[6]) switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => -1,
        };
        if (century < 0)
        {
            return FinnishPersonalIdentityCodeOutcome.Malformed;
        }

        var day = int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = century + int.Parse(value.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return FinnishPersonalIdentityCodeOutcome.InvalidDate;
        }

        // The check character is the remainder of the nine digits DDMMYYNNN divided by 31, looked up in the table.
        var number = long.Parse(string.Concat(value.AsSpan(0, 6), value.AsSpan(7, 3)), CultureInfo.InvariantCulture);
        if (char.ToUpperInvariant(value[10]) != CheckCharacters[(int)(number % 31)])
        {
            return FinnishPersonalIdentityCodeOutcome.WrongCheckCharacter;
        }

        birthDate = new DateOnly(year, month, day);
        return FinnishPersonalIdentityCodeOutcome.Valid;
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
