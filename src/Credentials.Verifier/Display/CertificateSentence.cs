using System.Globalization;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Display;

/// <summary>
/// The certificate in one sentence, as an employer would say it: "Siiri Äijälä completed Foundations of Machine
/// Learning, 5 ECTS, EQF 6, at Northern University of Technology, on 15 June 2026." An issuer nobody confirms is
/// marked so in the sentence itself.
/// </summary>
public static class CertificateSentence
{
    /// <summary>The sentence in <paramref name="language"/> (en, fi or sv), or null when the credential names no learner or title.</summary>
    public static string? Of(VerificationReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lang = language is "fi" or "sv" ? language : "en";
        var langs = new[] { lang, "en" };
        var content = report.Content;
        var mc = content?.MicroCredential;
        var learner = mc?.Learner.FullName;
        var title = mc?.Template.Title?.Best(langs);
        if (content is null || string.IsNullOrWhiteSpace(learner) || string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var identity = report.IssuerIdentity;
        var issuer = identity.LegalName ?? mc!.Template.Issuer?.LegalName?.Best(langs);
        if (issuer is not null && !identity.Confirmed)
        {
            issuer += lang switch { "fi" => " (ei vahvistettu)", "sv" => " (inte bekräftat)", _ => " (not confirmed)" };
        }

        var t = mc!.Template;
        var elm = content.Elm;
        var participation = elm?.ClaimType == "LearningActivity";
        var facts = new List<string>();
        if (t.EctsCredits is { } ects)
        {
            facts.Add(Number(ects) + lang switch { "fi" => " op", "sv" => " sp", _ => " ECTS" });
        }

        // Hours only when no credits are given: "5 ECTS" says the workload; "2 hours" says it for a webinar.
        if ((elm?.WorkloadHours ?? t.NotionalHours) is { } h && t.EctsCredits is null)
        {
            facts.Add(Number(h) + lang switch { "fi" => " tuntia", "sv" => " timmar", _ => h == 1 ? " hour" : " hours" });
        }

        if (t.EqfLevel is { } eqf)
        {
            facts.Add(lang switch { "fi" => "EQF-taso ", "sv" => "EQF-nivå ", _ => "EQF " } + eqf.ToString(CultureInfo.InvariantCulture));
        }

        var date = LongDates.Format(mc.Award.AwardDate ?? elm?.End ?? content.Issued, lang);
        var what = title + string.Concat(facts.Select(f => ", " + f));
        var sentence = (lang, participation) switch
        {
            ("fi", true) => $"{learner} on osallistunut: {what}",
            ("fi", false) => $"{learner} on suorittanut: {what}",
            ("sv", true) => $"{learner} har deltagit i {what}",
            ("sv", false) => $"{learner} har avlagt {what}",
            (_, true) => $"{learner} took part in {what}",
            _ => $"{learner} completed {what}",
        };
        if (issuer is not null)
        {
            sentence += lang switch { "fi" => ", myöntäjä " + issuer, "sv" => ", vid " + issuer, _ => ", at " + issuer };
        }

        if (date is not null)
        {
            sentence += lang switch { "fi" => ", " + date, "sv" => ", den " + date, _ => ", on " + date };
        }

        return sentence + ".";
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
