namespace Credentials.Model.Registry;

/// <summary>A batch job's state.</summary>
public enum BatchState
{
    /// <summary>Created; rows are being validated or issued.</summary>
    Running = 1,

    /// <summary>Every row has a result.</summary>
    Completed = 2,

    /// <summary>Stopped by a fault or by the operator; can be resumed.</summary>
    Interrupted = 3,

    /// <summary>Validation failed before anything was signed.</summary>
    Rejected = 4,
}
