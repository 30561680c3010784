using System.Text.Json;

namespace Credentials.Model.Schema;

/// <summary>Validates a JSON document against one JSON Schema. Never throws for bad documents.</summary>
public interface ISchemaValidator
{
    /// <summary>Every violation found; empty when the document is valid. Unparsable text gives one error at <c>""</c>.</summary>
    IReadOnlyList<SchemaError> Validate(string json);

    /// <summary>Every violation found in an already parsed document.</summary>
    IReadOnlyList<SchemaError> Validate(JsonElement json);
}
