using System.Globalization;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;
using FsCheck;
using FsCheck.Fluent;

namespace Credentials.Model.Tests.Elm;

/// <summary>FsCheck generators of valid micro-credential models with Finnish, Swedish and English text.</summary>
internal static class ModelGenerators
{
    private static readonly string[] Names = ["Siiri", "Äijälä", "Øster", "Åsa", "Öberg", "Jääskeläinen", "Eeva-Liisa", "Björk", "Ana", "O'Neill", "Ýr", "Ngũgĩ"];
    private static readonly string[] Phrases = ["Koneoppimisen perusteet", "Grunderna i maskininlärning", "Foundations of ML", "Hållbar energi", "Kestävä energia", "Tietoturva & yksityisyys", "Säkerhet <och> integritet", "\"Quoted\" title"];
    private static readonly string[] Countries = ["FIN", "SWE", "NOR", "EST", "DEU", "ALA"];
    private static readonly string[] Languages = ["fi", "sv", "en"];

    /// <summary>A valid Finnish business ID near <paramref name="number"/> (skipping numbers whose remainder is 1).</summary>
    private static string BusinessId(int number)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2];
        for (var n = number; ; n++)
        {
            var digits = n.ToString("D7", CultureInfo.InvariantCulture);
            var remainder = digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11;
            if (remainder != 1)
            {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    public static Arbitrary<MicroCredential> Credentials() => Credential().ToArbitrary();

    public static Gen<MicroCredential> Credential() =>
        from template in Template()
        from learner in Learner()
        from award in Award()
        select new MicroCredential(template, learner, award);

    private static Gen<LanguageMap> Text() =>
        from langs in Gen.SubListOf(Languages).Where(l => l.Count > 0)
        from phrase in Gen.Elements(Phrases)
        from n in Gen.Choose(1, 999)
        select LanguageMap.Of([.. langs.Select(l => (l, $"{phrase} {l} {n}"))]);

    private static Gen<Organisation> Organisation() =>
        from name in Text()
        from country in Gen.Elements(Countries)
        from number in Gen.Choose(1_000_000, 9_999_900)
        from hasRegion in Gen.Elements(true, false)
        from hasVat in Gen.Elements(true, false)
        from address in Gen.OneOf(Gen.Constant<LanguageMap?>(null), Text().Select(t => (LanguageMap?)t))
        select new Organisation
        {
            LegalName = name,
            CountryCode = country,
            Registration = new LegalIdentifier(BusinessId(number), "FI:business-id"),
            VatIdentifier = hasVat ? "FI" + number.ToString(CultureInfo.InvariantCulture) : null,
            Region = hasRegion ? new Concept("http://data.europa.eu/nuts/code/FI1D9", "http://data.europa.eu/nuts", LanguageMap.Of("fi", "Pohjois-Pohjanmaa")) : null,
            Address = address,
        };

    private static Gen<LearningOutcome> Outcome() =>
        from title in Text()
        from skills in Gen.Choose(0, 2)
        from seed in Gen.Choose(0, 9999)
        select new LearningOutcome(title, [.. Enumerable.Range(0, skills).Select(i => new Concept(
            ElmVocabulary.EscoSkillPrefix + $"00000000-0000-0000-0000-{seed:D8}{i:D4}", ElmVocabulary.EscoSkillScheme, LanguageMap.Of("en", $"skill {seed} {i}")))]);

    private static Gen<MicroCredentialTemplate> Template() =>
        from title in Text()
        from primary in Gen.Elements(Languages)
        from issuer in Organisation()
        from bodies in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Organisation(), n))
        from outcomes in Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(Outcome(), n))
        from ectsWhole in Gen.Choose(1, 58)
        from ectsFraction in Gen.Elements("", ".25", ".5", ".75")
        from hours in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(1, 2000).Select(h => (decimal?)h))
        from eqf in Gen.Choose(1, 8)
        from assessment in Gen.Elements(Vocabularies.AssessmentTypes.Concepts.ToArray())
        from assessmentTitle in Text()
        from modes in Gen.SubListOf(Vocabularies.Modes.Concepts.ToArray()).Where(m => m.Count > 0)
        from setting in Gen.Elements(Vocabularies.LearningSettings.Concepts.ToArray())
        from qaType in Gen.Elements(Vocabularies.AccreditationTypes.Concepts.ToArray())
        from qaTitle in Text()
        from agency in Organisation()
        from prerequisites in Gen.OneOf(Gen.Constant<LanguageMap?>(null), Text().Select(t => (LanguageMap?)t))
        from stack in Gen.OneOf(Gen.Constant<Stackability?>(null), Text().Select(t => (Stackability?)new Stackability(true, ["https://example.org/qualification/1"], t, t)))
        from further in Gen.OneOf(Gen.Constant<LanguageMap?>(null), Text().Select(t => (LanguageMap?)t))
        select new MicroCredentialTemplate
        {
            Title = title,
            PrimaryLanguage = primary,
            Issuer = issuer,
            AwardingBodies = bodies,
            LearningOutcomes = outcomes,
            EctsCredits = decimal.Parse(ectsWhole.ToString(CultureInfo.InvariantCulture) + ectsFraction, CultureInfo.InvariantCulture),
            NotionalHours = hours,
            EqfLevel = eqf,
            AssessmentType = assessment,
            AssessmentTitle = assessmentTitle,
            Modes = modes,
            LearningSetting = setting,
            QualityAssurance = new QualityAssurance { Type = qaType, Title = qaTitle, Agency = agency },
            Prerequisites = prerequisites,
            Stackability = stack,
            FurtherInformation = further,
        };

    private static Gen<Learner> Learner() =>
        from given in Gen.Elements(Names)
        from family in Gen.Elements(Names)
        from days in Gen.Choose(0, 20_000)
        from number in Gen.Choose(1, 999_999)
        from hasEmail in Gen.Elements(true, false)
        from hasDid in Gen.Elements(true, false)
        from nationalCountry in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(Countries).Select(c => (string?)c))
        select new Learner
        {
            GivenName = given,
            FamilyName = family,
            DateOfBirth = new DateOnly(1950, 1, 1).AddDays(days),
            StudentNumber = number.ToString(CultureInfo.InvariantCulture),
            StudentNumberScheme = "Student register",
            NationalId = nationalCountry is null ? null : "ID-" + number.ToString(CultureInfo.InvariantCulture),
            NationalIdCountry = nationalCountry,
            Email = hasEmail ? $"learner{number}@example.org" : null,
            Did = hasDid ? $"did:key:z6Mk{number}" : null,
        };

    private static Gen<Award> Award() =>
        from grade in Text()
        from seconds in Gen.Choose(0, 300_000_000)
        select new Award { Grade = grade, AwardDate = new DateTimeOffset(2006, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds) };
}
