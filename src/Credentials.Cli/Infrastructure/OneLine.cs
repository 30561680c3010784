namespace Credentials.Cli.Infrastructure;

/// <summary>Folds a message onto one line, so an error stays one sentence on the terminal and in logs.</summary>
internal static class OneLine
{
    public static string Of(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
