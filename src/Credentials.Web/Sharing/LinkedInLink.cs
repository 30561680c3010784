using System.Globalization;
using System.Text;

namespace Credentials.Web.Sharing;

/// <summary>
/// LinkedIn's "Add to profile" link for a certification: <c>https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME</c>
/// with the certificate's name, the issuing organisation (its LinkedIn <c>organizationId</c> when the operator configured
/// one for the issuer, else <c>organizationName</c>), issue and expiry month and year, the share link and the credential id.
/// </summary>
internal static class LinkedInLink
{
    private const string Base = "https://www.linkedin.com/profile/add";

    public static string Build(
        string name, string? organizationId, string? organizationName, DateTimeOffset? issued, DateTimeOffset? expires, string certUrl, string? certId)
    {
        var query = new List<(string Key, string Value)> { ("startTask", "CERTIFICATION_NAME"), ("name", name) };
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            query.Add(("organizationId", organizationId));
        }
        else if (!string.IsNullOrWhiteSpace(organizationName))
        {
            query.Add(("organizationName", organizationName));
        }

        if (issued is { } i)
        {
            query.Add(("issueYear", i.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture)));
            query.Add(("issueMonth", i.UtcDateTime.Month.ToString(CultureInfo.InvariantCulture)));
        }

        if (expires is { } e)
        {
            query.Add(("expirationYear", e.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture)));
            query.Add(("expirationMonth", e.UtcDateTime.Month.ToString(CultureInfo.InvariantCulture)));
        }

        query.Add(("certUrl", certUrl));
        if (!string.IsNullOrWhiteSpace(certId))
        {
            query.Add(("certId", certId));
        }

        var url = new StringBuilder(Base).Append('?');
        url.AppendJoin('&', query.Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value)));
        return url.ToString();
    }
}
