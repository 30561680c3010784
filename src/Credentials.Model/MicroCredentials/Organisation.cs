using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.MicroCredentials;

/// <summary>An organisation's legal identity and location: the issuer, an awarding body or a quality agency.</summary>
public sealed record Organisation
{
    /// <summary>Legal name (mandatory).</summary>
    public LanguageMap? LegalName { get; init; }

    /// <summary>Registration or business identifier with its scheme (e.g. a Finnish business ID).</summary>
    public LegalIdentifier? Registration { get; init; }

    /// <summary>Optional VAT number.</summary>
    public string? VatIdentifier { get; init; }

    /// <summary>Optional eIDAS legal person identifier (as in the Europass-sealed sample).</summary>
    public string? EidasIdentifier { get; init; }

    /// <summary>ISO 3166-1 alpha-3 country code of the organisation's location (mandatory), e.g. <c>FIN</c>.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Optional region (NUTS or ATU concept).</summary>
    public Concept? Region { get; init; }

    /// <summary>Optional full postal address.</summary>
    public LanguageMap? Address { get; init; }

    /// <summary>Optional home page URL.</summary>
    public string? Homepage { get; init; }
}
