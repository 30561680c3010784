using System.Text.Json;
using Credentials.Verifier.Reports;

namespace Credentials.Web.Verification;

/// <summary>
/// A verification report written as JSON straight to the response (<see cref="ReportJsonWriter"/>: the same bytes as
/// the <see cref="ReportJson"/> tree, without building it): 200 for a verified credential, 422 with the same shape
/// otherwise (VC-API).
/// </summary>
internal sealed class ReportResult(VerificationReport report) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = report.Verdict == Verdict.Verified ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            ReportJsonWriter.Write(writer, report, "en");
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
