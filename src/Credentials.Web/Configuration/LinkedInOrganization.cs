namespace Credentials.Web.Configuration;

/// <summary>An issuer's LinkedIn organisation, so "Add to profile" links to its LinkedIn page instead of only naming it.</summary>
internal sealed class LinkedInOrganization
{
    /// <summary>The issuer's DID, as the credentials name it.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The organisation's numeric LinkedIn id (from its LinkedIn page's admin URL).</summary>
    public string OrganizationId { get; set; } = string.Empty;
}
