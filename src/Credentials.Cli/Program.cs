using System.CommandLine;
using Credentials.Cli.Commands;
using Credentials.Cli.Infrastructure;

var root = new RootCommand("credentials: issue and verify signed EU micro-credentials (ELM v3, VC-JWT).")
{
    KeygenCommand.Create(),
    IssueCommand.Create(),
    VerifyCommand.Create(),
    PresentCommand.Create(),
    InspectCommand.Create(),
    StatusCommand.Create(),
    IssueBatchCommand.Create(),
    ApiKeyCommand.Create(),
    FindCommand.Create(),
    Credentials.Cli.JoseCose.JoseCoseCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync(TerminalText.Safe(error.Message));
    }

    await Console.Error.WriteLineAsync("Run 'credentials --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UserError e)
{
    await Console.Error.WriteLineAsync("credentials: " + TerminalText.Safe(OneLine.Of(e.Message.TrimEnd('.'))) + ".");
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("credentials: cancelled.");
    return ExitCodes.Usage;
}
catch (Exception e)
{
    // Nothing a user typed should get here; if it does, say so in one line instead of printing a stack trace.
    await Console.Error.WriteLineAsync($"credentials: unexpected error ({e.GetType().Name}): {TerminalText.Safe(OneLine.Of(e.Message))} Please report this with the command you ran.");
    return ExitCodes.Internal;
}
