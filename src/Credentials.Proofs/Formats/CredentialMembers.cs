using System.Globalization;
using System.Text.Json;
using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Formats;

/// <summary>Format-neutral reading of a credential object: type, issuer, validity members, VCDM structure.</summary>
public static class CredentialMembers
{
    /// <summary>VC Data Model 1.1 base context.</summary>
    public const string Context11 = "https://www.w3.org/2018/credentials/v1";

    /// <summary>VC Data Model 2.0 base context.</summary>
    public const string Context20 = "https://www.w3.org/ns/credentials/v2";

    private static readonly string[] StartMembers = ["issuanceDate", "validFrom", "issued"];
    private static readonly string[] EndMembers = ["expirationDate", "validUntil"];

    /// <summary>
    /// Whether an enveloping object's <c>@context</c> includes the VC Data Model 2.0 base context, which defines
    /// <c>id</c>, <c>type</c> and the enveloped types (VC Data Model 2.0 §4.13.1, §4.13.2: the context MUST be present
    /// and define them).
    /// </summary>
    /// <param name="envelope">An <c>EnvelopedVerifiableCredential</c> or <c>EnvelopedVerifiablePresentation</c>.</param>
    public static bool HasBaseContext(JsonElement envelope)
    {
        const string V2 = "https://www.w3.org/ns/credentials/v2";
        if (envelope.ValueKind != JsonValueKind.Object || !envelope.TryGetProperty("@context", out var context))
        {
            return false;
        }

        return context.ValueKind switch
        {
            JsonValueKind.String => context.ValueEquals(V2),
            JsonValueKind.Array => context.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && x.ValueEquals(V2)),
            _ => false,
        };
    }

    /// <summary>Whether <c>type</c> is or contains <paramref name="type"/>.</summary>
    public static bool HasType(JsonElement credential, string type)
    {
        if (credential.ValueKind != JsonValueKind.Object || !credential.TryGetProperty("type", out var t))
        {
            return false;
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => t.ValueEquals(type),
            JsonValueKind.Array => t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && x.ValueEquals(type)),
            _ => false,
        };
    }

    /// <summary>Whether the object has an <c>@context</c> and the type VerifiableCredential.</summary>
    public static bool IsCredential(JsonElement credential) =>
        credential.ValueKind == JsonValueKind.Object && HasType(credential, "VerifiableCredential") && credential.TryGetProperty("@context", out _);

    /// <summary>The issuer id: <c>issuer</c> as a string, or its <c>id</c>.</summary>
    public static string? IssuerId(JsonElement credential) =>
        !credential.TryGetProperty("issuer", out var issuer) ? null
        : issuer.ValueKind == JsonValueKind.String ? issuer.GetString()
        : issuer.ValueKind == JsonValueKind.Object ? String(issuer, "id")
        : null;

    /// <summary>A string member, or null.</summary>
    public static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>
    /// VC Data Model structure a verifier must see before anything else (VCDM 2.0 §4.3, §4.4; VCDM 1.1 §4.1, §4.4):
    /// the base context first, as its URL, contexts of one version, and <c>credentialSubject</c> an object or a
    /// non-empty array of objects.
    /// </summary>
    public static List<Finding> StructureProblems(JsonElement credential, string pointer)
    {
        var problems = new List<Finding>();
        var contexts = credential.TryGetProperty("@context", out var c)
            ? c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().ToList() : [c]
            : [];
        var first = contexts.Count > 0 && contexts[0].ValueKind == JsonValueKind.String ? contexts[0].GetString() : null;
        if (first is not (Context11 or Context20))
        {
            problems.Add(Finding.Failed(CheckCodes.FormatContextInvalid, $"The first @context must be the URL {Context20} or {Context11}.", pointer + "/@context"));
        }
        else
        {
            var other = first == Context11 ? Context20 : Context11;
            if (contexts.Skip(1).Any(x => x.ValueKind == JsonValueKind.String && x.ValueEquals(other)))
            {
                problems.Add(Finding.Failed(CheckCodes.FormatContextInvalid, "The @context mixes the VC Data Model 1.1 and 2.0 base contexts.", pointer + "/@context"));
            }

            // A 1.1 credential with no context of its own beyond the base cannot define the 2.0 validity terms.
            if (first == Context11 && contexts.Count == 1 && (credential.TryGetProperty("validFrom", out _) || credential.TryGetProperty("validUntil", out _)))
            {
                problems.Add(Finding.Failed(CheckCodes.FormatContextInvalid, "The credential uses the VC Data Model 2.0 terms validFrom/validUntil under the 1.1 context, which does not define them.", pointer + "/@context"));
            }
        }

        if (!credential.TryGetProperty("credentialSubject", out var subject))
        {
            problems.Add(Finding.Failed(CheckCodes.FormatSubjectInvalid, "The credential has no credentialSubject.", pointer + "/credentialSubject"));
        }
        else if (!(subject.ValueKind == JsonValueKind.Object
            || (subject.ValueKind == JsonValueKind.Array && subject.GetArrayLength() > 0 && subject.EnumerateArray().All(s => s.ValueKind == JsonValueKind.Object))))
        {
            problems.Add(Finding.Failed(CheckCodes.FormatSubjectInvalid, "The credentialSubject must be an object or a non-empty array of objects.", pointer + "/credentialSubject"));
        }

        return problems;
    }

    /// <summary>Reads the credential's own validity members (VCDM 1.1, VCDM 2.0, ELM), each a dateTimeStamp.</summary>
    public static void ReadBounds(JsonElement credential, string pointer, List<ValidityBound> bounds, List<Finding> problems)
    {
        foreach (var (members, isStart) in new[] { (StartMembers, true), (EndMembers, false) })
        {
            foreach (var member in members)
            {
                if (!credential.TryGetProperty(member, out var v))
                {
                    continue;
                }

                var at = pointer + "/" + member;
                if (v.ValueKind == JsonValueKind.String && DateTimeStamp.TryParse(v.GetString(), out var date))
                {
                    bounds.Add(new ValidityBound(member, at, date, isStart));
                }
                else
                {
                    problems.Add(Finding.Failed(CheckCodes.ValidityMalformedDate, $"'{member}' is not a date and time with a time zone (such as 2026-06-15T12:00:00Z).", at));
                }
            }
        }
    }

    /// <summary>Reads a JWT NumericDate claim (RFC 7519 §2: a JSON number of seconds).</summary>
    public static void ReadNumericDate(JsonElement claims, string claim, bool isStart, List<ValidityBound> bounds, List<Finding> problems)
    {
        if (!claims.TryGetProperty(claim, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var seconds) && seconds is > -62135596800 and < 253402300800)
        {
            bounds.Add(new ValidityBound(claim, "/" + claim, DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds)), isStart));
        }
        else
        {
            problems.Add(Finding.Failed(CheckCodes.ValidityMalformedDate, $"The token's '{claim}' is not a NumericDate (a number of seconds).", "/" + claim));
        }
    }

    /// <summary>Checks that a JWT NumericDate claim that is not a validity bound (<c>iat</c>) is a number.</summary>
    public static void CheckNumericDate(JsonElement claims, string claim, List<Finding> problems)
    {
        var ignored = new List<ValidityBound>();
        ReadNumericDate(claims, claim, true, ignored, problems);
    }

    /// <summary>A date as UTC text for messages.</summary>
    public static string Show(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
