using System.Net.Http.Headers;
using System.Text;
using Credentials.TestKit.Fuzzing;
using FsCheck;
using FsCheck.Fluent;

namespace Credentials.Web.Tests.Fuzzing;

/// <summary>
/// "No crash, ever" (issue 13 item 2) over HTTP: the verifier fuzz generator's inputs (every sample and fixture,
/// mutated in bytes and JSON) sent to <c>POST /credentials/verify</c>, <c>POST /presentations/verify</c> and the page's
/// form, framed every way a client can: never a 5xx, and nothing in the log carries an exception or a stack trace.
/// <see cref="MutationGen.CasesPerSeed"/>/4 cases per seed (50 by default).
/// </summary>
public sealed class HttpFuzzTests(HttpFuzzFixture service) : IClassFixture<HttpFuzzFixture>
{
    public static TheoryData<string> Seeds => new(FuzzCorpus.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Post_MutationsOfSeed_NeverAnswer5xxNorLogAnException(string name)
    {
        var seed = FuzzCorpus.Named(name);
        var cases = from mutation in MutationGen.Any()
                    from framing in Gen.Elements(Enum.GetValues<HttpFraming>())
                    select (Input: mutation.Apply(seed), Framing: framing);

        var property = Prop.ForAll(cases.ToArbitrary(), c => Holds(c.Input, c.Framing));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(10, MutationGen.CasesPerSeed / 4)).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Post_InvalidUtf8InsideTheVerifiableCredentialString_IsAnsweredNot5xx()
    {
        var jwt = Encoding.ASCII.GetBytes(Infrastructure.Bodies.ValidJwt());

        Holds(new MutatedInput([.. jwt[..10], 0xff, 0xc3, .. jwt[10..]], "invalid UTF-8 in the JWT string", false), HttpFraming.VerifyJsonString).Should().BeTrue();
        Holds(new MutatedInput(Encoding.ASCII.GetBytes("ab\\ud800cd"), "lone surrogate in the JWT string", false), HttpFraming.VerifyJsonString).Should().BeTrue();
        Holds(new MutatedInput(Encoding.ASCII.GetBytes("ab\\ud800cd"), "lone surrogate in the VP-JWT string", false), HttpFraming.PresentationString).Should().BeTrue();
    }

    private bool Holds(MutatedInput input, HttpFraming framing)
    {
        using var response = service.Client.SendAsync(Request(input.Bytes, framing)).GetAwaiter().GetResult();

        ((int)response.StatusCode).Should().BeLessThan(500, $"{framing} {input}");
        var logged = service.Logs.Lines.FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
        logged.Should().BeNull($"{framing} {input} must not log an exception");
        return true;
    }

    private static HttpRequestMessage Request(byte[] input, HttpFraming framing)
    {
        static ByteArrayContent Json(params byte[][] parts)
        {
            var content = new ByteArrayContent(parts.SelectMany(p => p).ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        }

        var presentationOptions = Encoding.ASCII.GetBytes(",\"options\":{\"challenge\":\"" + FuzzCorpus.Challenge + "\"}}");
        HttpContent body = framing switch
        {
            HttpFraming.VerifyJsonString => Json("{\"verifiableCredential\":"u8.ToArray(), QuoteRaw(input), "}"u8.ToArray()),
            HttpFraming.VerifyJsonValue => Json("{\"verifiableCredential\":"u8.ToArray(), input, "}"u8.ToArray()),
            HttpFraming.VerifyJwt => new ByteArrayContent(input) { Headers = { ContentType = new MediaTypeHeaderValue("application/jwt") } },
            HttpFraming.PresentationString => Json("{\"verifiablePresentation\":"u8.ToArray(), QuoteRaw(input), presentationOptions),
            HttpFraming.PresentationValue => Json("{\"verifiablePresentation\":"u8.ToArray(), input, presentationOptions),
            HttpFraming.PageFile => new MultipartFormDataContent { { new ByteArrayContent(input), "file", "credential.jwt" } },
            _ => new ByteArrayContent(Encoding.ASCII.GetBytes("credential=" + string.Concat(input.Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)))))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") },
            },
        };
        var path = framing switch
        {
            HttpFraming.VerifyJsonString or HttpFraming.VerifyJsonValue or HttpFraming.VerifyJwt => "/credentials/verify",
            HttpFraming.PresentationString or HttpFraming.PresentationValue => "/presentations/verify",
            _ => "/",
        };
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
    }

    // The input's bytes inside a JSON string: quote, backslash and control bytes escaped, all else raw, so invalid
    // UTF-8 in the input is invalid UTF-8 inside the request's JSON string.
    private static byte[] QuoteRaw(byte[] bytes) =>
    [
        (byte)'"',
        .. bytes.SelectMany(b => b is (byte)'"' ? "\\\""u8.ToArray() : b < 0x20 ? Encoding.ASCII.GetBytes($"\\u{b:x4}") : [b]),
        (byte)'"',
    ];
}
