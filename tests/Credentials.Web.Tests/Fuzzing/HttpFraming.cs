namespace Credentials.Web.Tests.Fuzzing;

/// <summary>How a fuzz case reaches the service.</summary>
public enum HttpFraming
{
    /// <summary><c>POST /credentials/verify</c>, <c>{"verifiableCredential": "&lt;input&gt;"}</c>, the input's bytes raw inside the JSON string.</summary>
    VerifyJsonString,

    /// <summary><c>POST /credentials/verify</c>, <c>{"verifiableCredential": &lt;input&gt;}</c>, the input as the member's JSON value.</summary>
    VerifyJsonValue,

    /// <summary><c>POST /credentials/verify</c> with <c>Content-Type: application/jwt</c>.</summary>
    VerifyJwt,

    /// <summary><c>POST /presentations/verify</c>, the input as a string.</summary>
    PresentationString,

    /// <summary><c>POST /presentations/verify</c>, the input as the member's JSON value.</summary>
    PresentationValue,

    /// <summary>The page's form: the input uploaded as a file.</summary>
    PageFile,

    /// <summary>The page's form: the input pasted (URL-encoded form).</summary>
    PagePaste,
}
