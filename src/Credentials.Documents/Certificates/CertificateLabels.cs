namespace Credentials.Documents.Certificates;

/// <summary>The certificate's fixed texts in one language; <see cref="For"/> picks fi, sv or en (en for any other).</summary>
internal sealed record CertificateLabels
{
    public static CertificateLabels Fi { get; } = new()
    {
        Heading = "Todistus",
        Kind = "Pieni osaamiskokonaisuus (mikrotutkinto)",
        AwardedTo = "Suorittaja",
        DateOfBirth = "Syntymäaika",
        StudentNumber = "Opiskelijanumero",
        Issuer = "Myöntäjä",
        AwardingBodies = "Myöntävä organisaatio",
        Issued = "Myönnetty",
        Awarded = "Suorituspäivä",
        ValidUntil = "Voimassa",
        Workload = "Laajuus",
        Credits = "{0} opintopistettä (ECTS)",
        Hours = "{0} tuntia",
        Eqf = "EQF-taso",
        LearningOutcomes = "Osaamistavoitteet",
        Assessment = "Arviointi",
        Grade = "Arvosana",
        Participation = "Osallistumismuoto",
        QualityAssurance = "Laadunvarmistus",
        Stackability = "Yhdistettävyys",
        PartOf = "Osa laajempaa kokonaisuutta: {0}",
        StandAlone = "Itsenäinen kokonaisuus",
        Prerequisites = "Esitiedot",
        Verify = "Tarkista todistuksen aitous",
        VerifyText = "Allekirjoitettu sähköinen todistus on tämän PDF-tiedoston liitteenä ({0}). Sen aitouden voi tarkistaa osoitteessa:",
        CredentialId = "Todistuksen tunniste",
        Sealed = "Tämä PDF on sinetöity sähköisesti.",
    };

    public static CertificateLabels Sv { get; } = new()
    {
        Heading = "Intyg",
        Kind = "Mikromerit",
        AwardedTo = "Avlagd av",
        DateOfBirth = "Födelsedatum",
        StudentNumber = "Studentnummer",
        Issuer = "Utfärdare",
        AwardingBodies = "Beviljande organisation",
        Issued = "Utfärdat",
        Awarded = "Avlagd",
        ValidUntil = "Giltigt till",
        Workload = "Omfattning",
        Credits = "{0} studiepoäng (ECTS)",
        Hours = "{0} timmar",
        Eqf = "EQF-nivå",
        LearningOutcomes = "Läranderesultat",
        Assessment = "Bedömning",
        Grade = "Vitsord",
        Participation = "Deltagandeform",
        QualityAssurance = "Kvalitetssäkring",
        Stackability = "Stapelbarhet",
        PartOf = "Del av en större helhet: {0}",
        StandAlone = "Fristående helhet",
        Prerequisites = "Förkunskapskrav",
        Verify = "Kontrollera intygets äkthet",
        VerifyText = "Det undertecknade digitala intyget är bifogat till denna PDF-fil ({0}). Dess äkthet kan kontrolleras på:",
        CredentialId = "Intygets identifierare",
        Sealed = "Denna PDF är elektroniskt förseglad.",
    };

    public static CertificateLabels En { get; } = new()
    {
        Heading = "Certificate",
        Kind = "Micro-credential",
        AwardedTo = "Awarded to",
        DateOfBirth = "Date of birth",
        StudentNumber = "Student number",
        Issuer = "Issuer",
        AwardingBodies = "Awarding body",
        Issued = "Date of issue",
        Awarded = "Date awarded",
        ValidUntil = "Valid until",
        Workload = "Workload",
        Credits = "{0} ECTS credits",
        Hours = "{0} hours",
        Eqf = "EQF level",
        LearningOutcomes = "Learning outcomes",
        Assessment = "Assessment",
        Grade = "Grade",
        Participation = "Form of participation",
        QualityAssurance = "Quality assurance",
        Stackability = "Stackability",
        PartOf = "Part of a larger qualification: {0}",
        StandAlone = "Stand-alone",
        Prerequisites = "Prerequisites",
        Verify = "Verify this certificate",
        VerifyText = "The signed digital credential is attached to this PDF file ({0}). Check that it is authentic at:",
        CredentialId = "Credential ID",
        Sealed = "This PDF is electronically sealed.",
    };

    public required string Heading { get; init; }
    public required string Kind { get; init; }
    public required string AwardedTo { get; init; }
    public required string DateOfBirth { get; init; }
    public required string StudentNumber { get; init; }
    public required string Issuer { get; init; }
    public required string AwardingBodies { get; init; }
    public required string Issued { get; init; }
    public required string Awarded { get; init; }
    public required string ValidUntil { get; init; }
    public required string Workload { get; init; }
    public required string Credits { get; init; }
    public required string Hours { get; init; }
    public required string Eqf { get; init; }
    public required string LearningOutcomes { get; init; }
    public required string Assessment { get; init; }
    public required string Grade { get; init; }
    public required string Participation { get; init; }
    public required string QualityAssurance { get; init; }
    public required string Stackability { get; init; }
    public required string PartOf { get; init; }
    public required string StandAlone { get; init; }
    public required string Prerequisites { get; init; }
    public required string Verify { get; init; }
    public required string VerifyText { get; init; }
    public required string CredentialId { get; init; }
    public required string Sealed { get; init; }

    public static CertificateLabels For(string language) => language switch
    {
        "fi" => Fi,
        "sv" => Sv,
        _ => En,
    };
}
