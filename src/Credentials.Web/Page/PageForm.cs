using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Credentials.Web.Page;

/// <summary>
/// What the page's form sent: the input to check (a file, the pasted text, or the base64 <c>checked</c> field the
/// language and report buttons re-submit), the file name, the language and the optional as-of date.
/// </summary>
internal sealed record PageForm(string Language, byte[]? Input, string? Pasted, string? FileName, string? AsOfText, DateTimeOffset? AsOf)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The form, or the error page's status and text key when it cannot be read.</summary>
    public static async Task<(PageForm? Form, PageError? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var language = PageLanguage.Choose(request, null);
        if (request.ContentLength > maxBytes)
        {
            return (null, PageError.TooLarge(language, maxBytes));
        }

        if (!request.HasFormContentType)
        {
            return (null, new PageError(StatusCodes.Status415UnsupportedMediaType, language, "unsupported"));
        }

        var (form, error) = await ReadFormAsync(request, language, maxBytes, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return (null, error);
        }

        language = PageLanguage.Choose(request, form["lang"].ToString());
        var asOfText = form["asOf"].ToString().Trim();
        DateTimeOffset? asOf = null;
        if (asOfText.Length > 0)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, new PageError(StatusCodes.Status400BadRequest, language, "badAsOf"));
            }

            asOf = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            if (file.Length > maxBytes)
            {
                return (null, PageError.TooLarge(language, maxBytes));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return (new PageForm(language, buffer.ToArray(), null, Path.GetFileName(file.FileName), asOfText, asOf), null);
        }

        if (form["credential"].ToString() is { Length: > 0 } pasted && !string.IsNullOrWhiteSpace(pasted))
        {
            return (new PageForm(language, Encoding.UTF8.GetBytes(pasted.Trim()), pasted, null, asOfText, asOf), null);
        }

        if (form["checked"].ToString() is { Length: > 0 } carried)
        {
            var bytes = new byte[carried.Length * 3 / 4];
            if (!Convert.TryFromBase64String(carried, bytes, out var written) || written > maxBytes)
            {
                return (null, new PageError(StatusCodes.Status400BadRequest, language, "badRequest"));
            }

            var input = bytes[..written];
            var name = form["checkedName"].ToString() is { Length: > 0 } n ? Path.GetFileName(n) : null;
            return (new PageForm(language, input, name is null ? TextOf(input) : null, name, asOfText, asOf), null);
        }

        return (new PageForm(language, null, null, null, asOfText, asOf), null);
    }

    /// <summary>The posted form (of the page or the presentation page), or the error page for a body it cannot read.</summary>
    public static async Task<(IFormCollection? Form, PageError? Error)> ReadFormAsync(HttpRequest request, string language, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes, ValueLengthLimit = maxBytes }, cancellationToken)
                .ConfigureAwait(false);
            return (form, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, PageError.TooLarge(language, maxBytes));
        }
        catch (InvalidDataException)
        {
            // The form reader's only complaints are its length limits (value, multipart body, headers).
            return (null, PageError.TooLarge(language, maxBytes));
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            return (null, new PageError(StatusCodes.Status400BadRequest, language, "badRequest"));
        }
    }

    private static string? TextOf(byte[] input)
    {
        try
        {
            return StrictUtf8.GetString(input);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
