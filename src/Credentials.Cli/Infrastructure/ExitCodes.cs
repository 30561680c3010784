namespace Credentials.Cli.Infrastructure;

/// <summary>Exit codes of the <c>credentials</c> command (design §6); README tables them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Indeterminate = 2;
    public const int Usage = 3;

    /// <summary>A defect of this program, not of the input: reported as one sentence, never a stack trace.</summary>
    public const int Internal = 4;

    /// <summary><c>issue-batch --skip-invalid</c> issued the valid rows and rejected some (see <c>rejected.csv</c>).</summary>
    public const int RowsRejected = 5;
}
