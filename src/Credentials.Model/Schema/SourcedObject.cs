using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Credentials.Model.Schema;

/// <summary>
/// A Newtonsoft object that remembers the System.Text.Json element it was built from, so the validator can recognise
/// a subtree by its exact source bytes without serialising the tree again.
/// </summary>
internal sealed class SourcedObject : JObject
{
    public SourcedObject(JsonElement source) => Source = source;

    /// <summary>The element this object was converted from (valid while its document is alive).</summary>
    public JsonElement Source { get; }
}
