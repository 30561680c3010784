namespace Credentials.Model.Status;

/// <summary>The status purposes this project issues (Bitstring Status List v1.0 §2.1 <c>statusPurpose</c>).</summary>
public enum StatusPurpose
{
    /// <summary><c>revocation</c>: a set bit cancels the credential permanently.</summary>
    Revocation = 1,

    /// <summary><c>suspension</c>: a set bit makes the credential temporarily invalid; it can be cleared.</summary>
    Suspension = 2,
}
