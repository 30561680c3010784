using System.Text.Json;

namespace Credentials.Model.Elm;

/// <summary>Reads an <see cref="ElmDisplay"/> from an ELM credential; tolerant of anything, never throws.</summary>
public static class ElmDisplayReader
{
    /// <summary>Reads the credential (or the <c>vc</c> claim of a VC-JWT payload).</summary>
    public static ElmDisplay Read(JsonElement credential)
    {
        try
        {
            return ReadUnchecked(ElmRead.Object(credential, "vc") ?? credential);
        }
        catch (InvalidOperationException)
        {
            // Only a member name or text that is not valid UTF-8 gets here; there is nothing sound to show.
            return new ElmDisplay();
        }
    }

    private static ElmDisplay ReadUnchecked(JsonElement credential)
    {
        var subject = ElmRead.Object(credential, "credentialSubject") ?? default;
        var claim = ElmRead.Object(subject, "hasClaim") ?? default;
        var spec = ElmRead.Object(claim, "specifiedBy") ?? default;
        var assessment = ElmRead.Object(claim, "provenBy") ?? default;
        var period = ElmRead.Object(claim, "temporal") ?? default;
        var display = ElmRead.Object(credential, "displayParameter") ?? default;
        var image = ElmRead.Many(display, "individualDisplay")
            .SelectMany(d => ElmRead.Many(d, "displayDetail"))
            .Select(d => ElmRead.Object(d, "image"))
            .FirstOrDefault(i => i is not null && ElmRead.String(i.Value, "content") is not null);

        return new ElmDisplay
        {
            Kind = ElmRead.Text(display, "title"),
            KindDescription = ElmRead.Text(display, "description"),
            Profiles = ElmRead.Concepts(credential, "credentialProfiles"),
            ClaimType = ElmRead.String(claim, "type"),
            Description = ElmRead.Text(claim, "description"),
            SpecificationType = ElmRead.Concept(spec, "dcType"),
            Start = ElmCredentialReader.DateTime(ElmRead.String(period, "startDate")),
            End = ElmCredentialReader.DateTime(ElmRead.String(period, "endDate")),
            AssessmentDate = ElmCredentialReader.DateTime(ElmRead.String(assessment, "dateIssued")),
            WorkloadHours = ElmCredentialReader.Hours(ElmRead.String(claim, "workload")) ?? ElmCredentialReader.Hours(ElmRead.String(spec, "volumeOfLearning")),
            Image = image is { } i
                ? (ElmRead.String(i, "content")!, ElmRead.Concept(i, "contentType")?.Id is { } type ? type[(type.LastIndexOf('/') + 1)..] : null)
                : null,
        };
    }
}
