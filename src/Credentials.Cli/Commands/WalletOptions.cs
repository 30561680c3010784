namespace Credentials.Cli.Commands;

/// <summary>What <c>issue --format sd-jwt-vc</c> reads from the command line.</summary>
internal sealed record WalletOptions(string? HolderKey, string? ServiceUrl, string? Db, string? Id, string Out);
