using System.Net;
using System.Net.Http.Headers;
using Credentials.Web.Composition;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Web.Tests.Composition;

public sealed class AllowedHostFetcherTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingHandler _handler = new();

    public void Dispose() => _handler.Dispose();

    [Theory]
    [InlineData("https://evil.example/status/1")]
    [InlineData("http://status.uni.example/status/1")]
    [InlineData("https://status.uni.example.evil.example/1")]
    [InlineData("https://127.0.0.1/status/1")]
    public async Task NotAnAllowedHttpsHost_IsNeverRequested(string url)
    {
        var body = await Fetcher().GetAsync(new Uri(url), CancellationToken.None);

        body.Should().BeNull();
        _handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task FreshByMaxAge_IsServedFromTheCache_ThenRevalidatedWithETag()
    {
        _handler.Respond = request => request.Headers.IfNoneMatch.Count > 0
            ? new HttpResponseMessage(HttpStatusCode.NotModified)
            : Ok("list-v1", maxAge: 60, etag: "\"v1\"");
        var fetcher = Fetcher();
        var url = new Uri("https://STATUS.uni.example/status/1");

        (await fetcher.GetAsync(url, CancellationToken.None)).Should().Be("list-v1");
        (await fetcher.GetAsync(url, CancellationToken.None)).Should().Be("list-v1");
        _handler.Requests.Should().HaveCount(1, "the second read is within max-age");

        _time.Advance(TimeSpan.FromSeconds(61));
        (await fetcher.GetAsync(url, CancellationToken.None)).Should().Be("list-v1");
        _handler.Requests.Should().HaveCount(2);
        _handler.Requests[1].Headers.IfNoneMatch.Single().Tag.Should().Be("\"v1\"");
    }

    [Fact]
    public async Task LargerThanTheLimit_IsRefused_EvenWithoutContentLength()
    {
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(new byte[5000])) };

        (await Fetcher(maxBytes: 4096).GetAsync(new Uri("https://status.uni.example/1"), CancellationToken.None)).Should().BeNull();
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.Redirect)]
    public async Task ErrorStatus_IsNull(HttpStatusCode status)
    {
        _handler.Respond = _ => new HttpResponseMessage(status);

        (await Fetcher().GetAsync(new Uri("https://status.uni.example/1"), CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task NetworkFailure_IsNull()
    {
        _handler.Respond = _ => throw new HttpRequestException("connection refused");

        (await Fetcher().GetAsync(new Uri("https://status.uni.example/1"), CancellationToken.None)).Should().BeNull();
    }

    private static HttpResponseMessage Ok(string body, int maxAge, string etag)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) };
        response.Headers.CacheControl = new CacheControlHeaderValue { MaxAge = TimeSpan.FromSeconds(maxAge) };
        response.Headers.ETag = new EntityTagHeaderValue(etag);
        return response;
    }

    private AllowedHostFetcher Fetcher(int maxBytes = 1024 * 1024) =>
        new(new HttpClient(_handler), new HashSet<string>(["status.uni.example"], StringComparer.Ordinal), _time, maxBytes);

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public Func<HttpRequestMessage, HttpResponseMessage> Respond { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(Respond(request));
        }
    }
}
