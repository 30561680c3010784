namespace Credentials.Model.Validation;

/// <summary>The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.</summary>
public static class FinnishBusinessId
{
    /// <summary>The registration scheme name our input uses for Finnish business IDs.</summary>
    public const string Scheme = "FI:business-id";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// True when <paramref name="value"/> has the form <c>NNNNNNN-C</c> and C is the modulo-11 check digit of the
    /// seven digits with weights 7, 9, 10, 5, 8, 4, 2 (remainder 0 gives 0, remainder 1 is never issued, otherwise
    /// 11 minus the remainder).
    /// </summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 9 } || value[7] != '-' || !value.Where((c, i) => i != 7).All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        if (remainder == 1)
        {
            return false;
        }

        var check = remainder == 0 ? 0 : 11 - remainder;
        return value[8] - '0' == check;
    }
}
