using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Composition;

/// <summary>Problem details for input the service cannot read (RFC 9457); bodies never echo the input.</summary>
internal static class Problems
{
    public static ProblemHttpResult Unreadable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable request");

    public static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem($"The request body is larger than {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    public static ProblemHttpResult UnsupportedMediaType(string accepted) =>
        TypedResults.Problem($"Send {accepted}.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
}
