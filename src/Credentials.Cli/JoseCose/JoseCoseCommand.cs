using System.CommandLine;
using Credentials.Cli.Infrastructure;

namespace Credentials.Cli.JoseCose;

/// <summary>
/// <c>credentials vc-jose-cose issue|verify --input FILE --key FILE --feature F --output FILE</c>: the command-line
/// contract of the W3C vc-jose-cose test suite, which reads <c>{"result": …}</c> from the output file.
/// </summary>
internal static class JoseCoseCommand
{
    public static Command Create()
    {
        var command = new Command("vc-jose-cose", "The W3C vc-jose-cose test suite's contract: issue or verify one input with one key, writing {\"result\"} to --output.");
        command.Subcommands.Add(Sub("issue", "Secure the input credential or presentation with the key."));
        command.Subcommands.Add(Sub("verify", "Verify the input token with the key."));
        return command;
    }

    private static Command Sub(string name, string description)
    {
        var input = new Option<string>("--input") { Description = "The input file.", Required = true };
        var key = new Option<string>("--key") { Description = "A JsonWebKey verification method (publicKeyJwk, secretKeyJwk).", Required = true };
        var feature = new Option<string>("--feature") { Description = "credential_jose or presentation_jose (COSE and SD-JWT are not implemented).", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write {\"result\": \"success\" | \"failure\" | \"indeterminate\", \"data\", \"message\"}.", Required = true };
        var sd = new Option<string?>("--sd") { Description = "Selective-disclosure paths (SD-JWT only; ignored)." };
        var command = new Command(name, description) { input, key, feature, output, sd };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = await File.ReadAllTextAsync(parse.GetValue(input)!, cancellationToken).ConfigureAwait(false);
            var wanted = parse.GetValue(feature)!;
            SuiteOutcome outcome;
            if (!JoseCoseSuite.Implements(wanted))
            {
                outcome = SuiteOutcome.Indeterminate($"the feature {wanted} is not implemented (credential_jose and presentation_jose are)");
            }
            else if (SuiteKeyFile.TryRead(parse.GetValue(key)!, out var problem) is not { } keyFile)
            {
                outcome = SuiteOutcome.Indeterminate(problem!);
            }
            else
            {
                outcome = name == "issue"
                    ? JoseCoseSuite.Issue(text, keyFile, wanted)
                    : await JoseCoseSuite.VerifyAsync(text, keyFile, wanted).ConfigureAwait(false);
            }

            await File.WriteAllTextAsync(parse.GetValue(output)!, outcome.ToJson(), cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{outcome.Result}: {TerminalText.Safe(outcome.Message)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
