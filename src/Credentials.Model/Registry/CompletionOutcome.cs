namespace Credentials.Model.Registry;

/// <summary>The result of recording one signed credential.</summary>
public enum CompletionOutcome
{
    /// <summary>The hash (and content, when enabled) was recorded.</summary>
    Completed = 1,

    /// <summary>The credential was already recorded with the same hash; nothing changed.</summary>
    AlreadyCompleted = 2,

    /// <summary>The credential was already recorded with a different hash; nothing changed.</summary>
    Conflict = 3,

    /// <summary>No reservation with this id exists.</summary>
    NotFound = 4,
}
