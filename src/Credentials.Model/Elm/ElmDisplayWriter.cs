using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>
/// The <c>individualDisplay</c> the Europass shapes require of every credential (EDC generic: a display language and
/// at least one page image): one page, an SVG rendering of the title, learner and issuer, base64-encoded.
/// </summary>
internal static class ElmDisplayWriter
{
    public static JsonObject IndividualDisplay(MicroCredential credential, Concept language, NodeIds ids)
    {
        var svg = Svg(credential, language);
        var image = new JsonObject
        {
            ["id"] = ids.Next("mediaObject"),
            ["type"] = "MediaObject",
            ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)),
            ["contentEncoding"] = ElmJson.Concept(new Concept(ElmVocabulary.Base64Encoding, ElmVocabulary.ContentEncodingScheme, LanguageMap.Of("en", "base64"))),
            ["contentType"] = ElmJson.Concept(new Concept(ElmVocabulary.FileTypeScheme + "/SVG", ElmVocabulary.FileTypeScheme, LanguageMap.Of("en", "SVG"), "file-type")),
        };
        return new JsonObject
        {
            ["id"] = ids.Next("individualDisplay"),
            ["type"] = "IndividualDisplay",
            ["language"] = ElmJson.Concept(language),
            ["displayDetail"] = new JsonObject
            {
                ["id"] = ids.Next("displayDetail"),
                ["type"] = "DisplayDetail",
                ["image"] = image,
                ["page"] = 1,
            },
        };
    }

    private static string Svg(MicroCredential credential, Concept language)
    {
        var tag = Vocabularies.Languages.CodeOf(language.Id) ?? "en";
        var template = credential.Template;
        string[] lines =
        [
            Pick(template.Title, tag),
            credential.Learner.FullName ?? string.Empty,
            Pick(template.Issuer?.LegalName, tag),
        ];
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            text.Append("<text x=\"40\" y=\"").Append(80 + (i * 60)).Append("\" font-size=\"").Append(i == 0 ? 32 : 24).Append("\">")
                .Append(SecurityElement.Escape(lines[i])).Append("</text>");
        }

        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"260\"><rect width=\"800\" height=\"260\" fill=\"white\"/>" + text + "</svg>";
    }

    private static string Pick(LanguageMap? text, string tag) =>
        text is null || text.IsEmpty ? string.Empty : text.TryGetValue(tag, out var value) ? value : text.Values.First();
}
