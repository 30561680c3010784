using System.CommandLine;
using System.Globalization;

namespace Credentials.Cli.Infrastructure;

/// <summary>The <c>--lang</c> option: en, fi or sv; by default the user's UI language when it is Finnish or Swedish.</summary>
internal static class CliLanguage
{
    public static Option<string> Option(string description)
    {
        var option = new Option<string>("--lang") { Description = description, DefaultValueFactory = _ => Default };
        option.AcceptOnlyFromAmong("en", "fi", "sv");
        return option;
    }

    private static string Default => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "fi" => "fi",
        "sv" => "sv",
        _ => "en",
    };
}
