using System.Buffers.Text;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>
/// Builds an RFC 3161 token with the right imprint but no TSA signature (no SignerInfo): what anyone could add to a
/// seal's unsigned header. Tests use it to show such a token is reported and never rescues a seal.
/// </summary>
internal static class FakeTimeStamp
{
    public static string Token(string encodedSignature, DateTimeOffset time)
    {
        var tstInfo = new AsnWriter(AsnEncodingRules.DER);
        using (tstInfo.PushSequence())
        {
            tstInfo.WriteInteger(1);
            tstInfo.WriteObjectIdentifier("1.2.3.4");
            using (tstInfo.PushSequence())
            {
                using (tstInfo.PushSequence())
                {
                    tstInfo.WriteObjectIdentifier("2.16.840.1.101.3.4.2.1");
                }

                tstInfo.WriteOctetString(SHA256.HashData(Encoding.ASCII.GetBytes(encodedSignature)));
            }

            tstInfo.WriteInteger(42);
            tstInfo.WriteGeneralizedTime(time, omitFractionalSeconds: true);
        }

        var explicit0 = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
        var token = new AsnWriter(AsnEncodingRules.DER);
        using (token.PushSequence())
        {
            token.WriteObjectIdentifier("1.2.840.113549.1.7.2");
            using (token.PushSequence(explicit0))
            using (token.PushSequence())
            {
                token.WriteInteger(3);
                using (token.PushSetOf())
                {
                }

                using (token.PushSequence())
                {
                    token.WriteObjectIdentifier("1.2.840.113549.1.9.16.1.4");
                    using (token.PushSequence(explicit0))
                    {
                        token.WriteOctetString(tstInfo.Encode());
                    }
                }

                using (token.PushSetOf())
                {
                }
            }
        }

        return Convert.ToBase64String(token.Encode());
    }

    /// <summary>Adds a <c>sigTst</c> with the fake token to the (general form) seal.</summary>
    public static string AddTo(string sealJson, DateTimeOffset time)
    {
        var root = JsonNode.Parse(sealJson)!;
        var signature = root["signatures"]![0]!;
        var entry = new JsonObject { ["sigTst"] = new JsonObject { ["tstTokens"] = new JsonArray(new JsonObject { ["val"] = Token(signature["signature"]!.GetValue<string>(), time) }) } };
        signature["header"] = new JsonObject { ["etsiU"] = new JsonArray(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(entry.ToJsonString()))) };
        return root.ToJsonString();
    }
}
