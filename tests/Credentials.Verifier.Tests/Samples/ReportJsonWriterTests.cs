using System.Text;
using System.Text.Json;
using Credentials.TestKit.Fuzzing;
using Credentials.Verifier.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Samples;

/// <summary>
/// <see cref="ReportJsonWriter"/> writes the report without building its JSON tree: byte for byte what
/// <see cref="ReportJson.Write"/> gives, over every sample and fuzz seed, in each language, with the default and the
/// relaxed encoder (the service's).
/// </summary>
public sealed class ReportJsonWriterTests
{
    private static readonly string[] Languages = ["en", "fi", "sv"];

    private static readonly CredentialVerifier Verifier = VerifierFactory.Create(new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero)));

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var seed in FuzzCorpus.All)
            {
                foreach (var language in Languages)
                {
                    cases.Add(seed.Name, language);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Write_Seed_SameBytesAsTree(string seed, string language)
    {
        var report = await Verifier.VerifyAsync(FuzzCorpus.Named(seed).Bytes);

        foreach (var options in new[] { default(JsonWriterOptions), new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true } })
        {
            Streamed(report, language, options).Should().Be(Tree(report, language, options), $"{seed} in {language}");
        }
    }

    private static string Tree(VerificationReport report, string language, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            ReportJson.Write(report, language).WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Streamed(VerificationReport report, string language, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            ReportJsonWriter.Write(writer, report, language);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
