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
}
