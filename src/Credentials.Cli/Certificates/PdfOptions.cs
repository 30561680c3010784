using System.CommandLine;
using Credentials.Cli.Infrastructure;
using Credentials.Documents.Signing;

namespace Credentials.Cli.Certificates;

/// <summary>The options <c>issue</c> and <c>issue-batch</c> share for the learner's PDF certificate.</summary>
internal sealed class PdfOptions
{
    /// <summary>Used when no <c>--verify-url</c> is given; README says to set it to the service's address.</summary>
    public const string DefaultVerifyUrl = "https://credentials.example/";

    public Option<string> Pdf { get; } = new("--pdf")
    {
        Description = "PDF certificates to write beside the credentials: all (default) or none.",
        DefaultValueFactory = _ => "all",
    };

    public Option<string> VerifyUrl { get; } = new("--verify-url")
    {
        Description = "The verification service's address, printed and put in the PDF's QR code (default " + DefaultVerifyUrl + ").",
        DefaultValueFactory = _ => DefaultVerifyUrl,
    };

    public Option<string?> Language { get; } = new("--lang")
    {
        Description = "The learner's language, shown first in the PDF: fi, sv or en (default: the credential's primary language).",
    };

    public PdfOptions()
    {
        Pdf.AcceptOnlyFromAmong("all", "none");
        Language.AcceptOnlyFromAmong("fi", "sv", "en");
    }

    public IEnumerable<Option> All => [Pdf, VerifyUrl, Language];

    /// <summary>The PDF settings of a parsed command line; null when <c>--pdf none</c>.</summary>
    public PdfCertificates? Read(ParseResult parse, Proofs.Jades.JadesSigningKey? seal)
    {
        if (parse.GetValue(Pdf) == "none")
        {
            return null;
        }

        var url = parse.GetValue(VerifyUrl)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new UserError($"--verify-url '{url}' is not an http(s) address");
        }

        return new PdfCertificates(url, parse.GetValue(Language), seal is null ? null : new PdfSeal(seal.Certificate, seal.Chain));
    }
}
