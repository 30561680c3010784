using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.MicroCredentials;

namespace Credentials.TestKit;

/// <summary>
/// Learners of one course: the Northern University sample's course issued to learner <c>n</c> with their own name,
/// student number, birth date, e-mail, award date and credential id; the course, outcomes and issuer are the same.
/// </summary>
public static class CourseLearners
{
    private static readonly string[] GivenNames = ["Siiri", "Aino", "Eero", "Lars", "Maja", "Oskari"];

    /// <summary>The micro-credential of learner <paramref name="n"/>.</summary>
    public static MicroCredential Input(int n)
    {
        var sample = Samples.Northern;
        var number = n.ToString(CultureInfo.InvariantCulture);
        return sample with
        {
            Learner = sample.Learner with
            {
                GivenName = GivenNames[n % GivenNames.Length],
                FamilyName = "Learner" + number,
                StudentNumber = (100000 + n).ToString(CultureInfo.InvariantCulture),
                DateOfBirth = new DateOnly(1990, 1, 1).AddDays(n % 5000),
                Email = "learner" + number + "@example.org",
            },
            Award = sample.Award with { AwardDate = Samples.IssuedAt.AddDays(-(n % 300)) },
        };
    }

    /// <summary>The ELM credential of learner <paramref name="n"/>, issued by Northern at <see cref="Samples.IssuedAt"/>.</summary>
    public static JsonObject Elm(int n) =>
        TestCredentials.Elm(Input(n), TestKeys.Northern, "urn:uuid:00000000-0000-4000-8000-" + n.ToString("D12", CultureInfo.InvariantCulture));

    /// <summary>The VC-JWT of learner <paramref name="n"/>, signed with Northern's TEST-ONLY key.</summary>
    public static string Jwt(int n) => TestCredentials.Jwt(Elm(n), TestKeys.Northern);
}
