namespace Credentials.Issuer.Batches;

/// <summary>Reads a learners file by its name's extension: <c>.json</c>, <c>.xlsx</c>, otherwise CSV (any separator).</summary>
public static class LearnerFiles
{
    /// <summary>The rows and every reading problem of the file <paramref name="fileName"/> holding <paramref name="bytes"/>.</summary>
    public static LearnerTable Parse(string fileName, byte[] bytes) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".json" => LearnerJson.Parse(bytes),
        ".xlsx" => LearnerXlsx.Parse(bytes),
        _ => LearnerCsv.Parse(bytes),
    };
}
