using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>Writes an ELM <c>Organisation</c> node (issuer, awarding body, quality assurance agency).</summary>
internal static class ElmOrganisationWriter
{
    public static JsonObject Write(Organisation organisation, string id, NodeIds ids)
    {
        var country = organisation.CountryCode is null ? null : Vocabularies.Countries.Find(organisation.CountryCode);
        var node = new JsonObject { ["id"] = id, ["type"] = "Organisation" };
        if (organisation.LegalName is not null)
        {
            node["legalName"] = organisation.LegalName.ToJson();
        }

        if (country is not null || organisation.Region is not null || organisation.Address is not null)
        {
            var location = new JsonObject { ["id"] = ids.Next("location"), ["type"] = "Location" };
            var address = new JsonObject { ["id"] = ids.Next("address"), ["type"] = "Address" };
            if (country is not null)
            {
                address["countryCode"] = ElmJson.Concept(country);
            }

            if (organisation.Address is not null)
            {
                address["fullAddress"] = ElmJson.Note(ids.Next("note"), organisation.Address);
            }

            location["address"] = address;
            if (organisation.Region is not null)
            {
                location["spatialCode"] = ElmJson.Concept(organisation.Region);
            }

            node["location"] = location;
        }

        if (organisation.Registration is { Notation: not null } registration)
        {
            node["registration"] = Identifier(ids, registration.Notation, registration.Scheme, country);
        }

        if (organisation.VatIdentifier is not null)
        {
            node["vatIdentifier"] = Identifier(ids, organisation.VatIdentifier, null, country);
        }

        if (organisation.EidasIdentifier is not null)
        {
            node["eIDASIdentifier"] = Identifier(ids, organisation.EidasIdentifier, null, country);
        }

        if (organisation.Homepage is not null)
        {
            node["homepage"] = WebResource(ids, organisation.Homepage);
        }

        return node;
    }

    public static JsonObject WebResource(NodeIds ids, string url) =>
        new() { ["id"] = ids.Next("webResource"), ["type"] = "WebResource", ["contentURL"] = url };

    private static JsonObject Identifier(NodeIds ids, string notation, string? scheme, Concept? country)
    {
        var node = new JsonObject { ["id"] = ids.Next("legalIdentifier"), ["type"] = "LegalIdentifier", ["notation"] = notation };
        if (scheme is not null)
        {
            node["schemeName"] = scheme;
        }

        if (country is not null)
        {
            node["spatial"] = ElmJson.Concept(country);
        }

        return node;
    }
}
