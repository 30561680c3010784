namespace Credentials.Web.Composition;

/// <summary>
/// The service's own structured log events. They name credentials by id and callers by API key id only: never a
/// learner's data, a credential's content, a status change's free-text reason, or a key. Every text value passes
/// through <see cref="LogValue.OneLine"/>: a value from a request (a credential id) cannot start a forged log line.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1873", Justification = "Each call is guarded by ILogger.IsEnabled, which the analyzer does not see through.")]
internal static partial class Log
{
    public const string Category = "Credentials.Web";

    public static void Issued(ILogger logger, string credentialId, string format, bool withStatus, string actor)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogIssued(logger, LogValue.OneLine(credentialId), LogValue.OneLine(format), withStatus, LogValue.OneLine(actor));
        }
    }

    public static void StatusChanged(ILogger logger, string credentialId, string action, string outcome, string actor)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogStatusChanged(logger, LogValue.OneLine(credentialId), LogValue.OneLine(action), LogValue.OneLine(outcome), LogValue.OneLine(actor));
        }
    }

    public static void BatchAccepted(ILogger logger, string batchId, int rows, string actor)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogBatchAccepted(logger, LogValue.OneLine(batchId), rows, LogValue.OneLine(actor));
        }
    }

    public static void BatchFinished(ILogger logger, string batchId, int issued, int existing)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogBatchFinished(logger, LogValue.OneLine(batchId), issued, existing);
        }
    }

    public static void BatchFailed(ILogger logger, string batchId, string reason)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            LogBatchFailed(logger, LogValue.OneLine(batchId), LogValue.OneLine(reason));
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Issued {CredentialId} as {Format} (status entries: {WithStatus}) for {Actor}")]
    private static partial void LogIssued(ILogger logger, string credentialId, string format, bool withStatus, string actor);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Status change {Action} of {CredentialId}: {Outcome} by {Actor}")]
    private static partial void LogStatusChanged(ILogger logger, string credentialId, string action, string outcome, string actor);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Batch {BatchId} accepted: {Rows} rows for {Actor}")]
    private static partial void LogBatchAccepted(ILogger logger, string batchId, int rows, string actor);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Batch {BatchId} completed: {Issued} issued, {Existing} issued earlier")]
    private static partial void LogBatchFinished(ILogger logger, string batchId, int issued, int existing);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Batch {BatchId} interrupted ({Reason}); post it again to resume")]
    private static partial void LogBatchFailed(ILogger logger, string batchId, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "demo issuer: do not issue real credentials. The service signs as {Issuer} with a published TEST-ONLY key from keys.example")]
    public static partial void DemoIssuer(ILogger logger, string issuer);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Issuing as {Issuer}")]
    public static partial void Issuer(ILogger logger, string issuer);

    // The count only: the student number is personal data and is not logged.
    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Erased the content of {Credentials} credential(s) on request and withdrew {Links} share link(s) (by {Actor})")]
    public static partial void Erased(ILogger logger, int credentials, int links, string actor);
}
