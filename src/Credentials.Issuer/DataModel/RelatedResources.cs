using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.Model.Input;

namespace Credentials.Issuer.DataModel;

/// <summary>
/// VC Data Model 2.0 §5.3 Integrity of Related Resources: each <c>relatedResource</c> object has a URL <c>id</c>,
/// unique among them, and a <c>digestSRI</c> or <c>digestMultibase</c>.
/// </summary>
internal static class RelatedResources
{
    private static readonly string[] StringMembers = ["digestSRI", "digestMultibase", "mediaType"];

    public static void Check(JsonNode? value, List<ModelProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, pointer) in DataModelValues.Items(value, "/relatedResource"))
        {
            if (item is not JsonObject resource)
            {
                problems.Add(Problem(pointer, "each relatedResource must be an object with id and digestSRI or digestMultibase"));
                continue;
            }

            if (!DataModelValues.IsUrl(resource["id"]))
            {
                problems.Add(Problem(pointer + "/id", "a relatedResource needs an id that is a URL"));
            }
            else if (!ids.Add(DataModelValues.AsString(resource["id"])!))
            {
                problems.Add(Problem(pointer + "/id", "each relatedResource id must be unique among them"));
            }

            if (resource["digestSRI"] is null && resource["digestMultibase"] is null)
            {
                problems.Add(Problem(pointer, "a relatedResource needs a digestSRI or a digestMultibase"));
            }

            foreach (var name in StringMembers)
            {
                if (resource.ContainsKey(name) && DataModelValues.AsString(resource[name]) is not { Length: > 0 })
                {
                    problems.Add(Problem($"{pointer}/{name}", $"{name} must be a string"));
                }
            }
        }
    }

    private static ModelProblem Problem(string pointer, string message) => new(pointer, W3cProblemCodes.RelatedResource, message);
}
