namespace Credentials.Web.Composition;

/// <summary>
/// The service's own structured log events. They name credentials by id and callers by API key id only: never a
/// learner's data, a credential's content, a status change's free-text reason, or a key.
/// </summary>
internal static partial class Log
{
    public const string Category = "Credentials.Web";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Issued {CredentialId} as {Format} (status entries: {WithStatus}) for {Actor}")]
    public static partial void Issued(ILogger logger, string credentialId, string format, bool withStatus, string actor);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Status change {Action} of {CredentialId}: {Outcome} by {Actor}")]
    public static partial void StatusChanged(ILogger logger, string credentialId, string action, string outcome, string actor);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Batch {BatchId} accepted: {Rows} rows for {Actor}")]
    public static partial void BatchAccepted(ILogger logger, string batchId, int rows, string actor);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Batch {BatchId} completed: {Issued} issued, {Existing} issued earlier")]
    public static partial void BatchFinished(ILogger logger, string batchId, int issued, int existing);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Batch {BatchId} interrupted ({Reason}); post it again to resume")]
    public static partial void BatchFailed(ILogger logger, string batchId, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "demo issuer: do not issue real credentials. The service signs as {Issuer} with a published TEST-ONLY key from keys.example")]
    public static partial void DemoIssuer(ILogger logger, string issuer);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Issuing as {Issuer}")]
    public static partial void Issuer(ILogger logger, string issuer);

    // The count only: the student number is personal data and is not logged.
    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Erased the content of {Credentials} credential(s) on request and withdrew {Links} share link(s) (by {Actor})")]
    public static partial void Erased(ILogger logger, int credentials, int links, string actor);
}
