using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Credentials.Web.IssuerPage;

/// <summary>Reads an issuer page form: its antiforgery token first (400 without a valid one), then its fields within the size limit.</summary>
internal static class IssuerForms
{
    /// <summary>The form; or null with the text key of why not and the status to answer with.</summary>
    public static async Task<(IFormCollection? Form, string? ProblemKey, int Status)> ReadAsync(HttpContext context, WebOptions options)
    {
        var request = context.Request;
        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, "tooLarge", StatusCodes.Status413PayloadTooLarge);
        }

        if (!request.HasFormContentType)
        {
            return (null, "formExpired", StatusCodes.Status400BadRequest);
        }

        try
        {
            await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxBodyBytes, ValueLengthLimit = options.MaxBodyBytes }, context.RequestAborted)
                .ConfigureAwait(false);
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return (null, "tooLarge", StatusCodes.Status413PayloadTooLarge);
        }
        catch (AntiforgeryValidationException)
        {
            return (null, "formExpired", StatusCodes.Status400BadRequest);
        }

        return (request.Form, null, StatusCodes.Status200OK);
    }
}
