using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Web.Tests.Infrastructure;

internal static class Bodies
{
    public static string ValidJwt(string name = "northern-university-aijala.jwt") =>
        File.ReadAllText(Path.Combine(Samples.ValidFolder, name)).Trim();

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JsonNode node) => Json(node.ToJsonString());

    public static ByteArrayContent Raw(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
