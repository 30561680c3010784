namespace Credentials.Proofs.TrustedLists;

/// <summary>A trusted-list file cannot be used; the message is one sentence naming why.</summary>
public sealed class TrustedListException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrustedListException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    public TrustedListException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public TrustedListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
