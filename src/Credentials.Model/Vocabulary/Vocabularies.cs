namespace Credentials.Model.Vocabulary;

/// <summary>
/// The controlled vocabularies our model input refers to by short codes, with the concept URIs and English labels of
/// the ELM vocabulary files (<c>*.xsd</c>). One place for every vocabulary constant.
/// </summary>
public static class Vocabularies
{
    /// <summary>EQF levels; codes <c>1</c>…<c>8</c>.</summary>
    public static ConceptVocabulary EqfLevels { get; } = new(
        ElmVocabulary.EqfScheme,
        null,
        Enumerable.Range(1, 8).Select(level => (
            level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ElmVocabulary.EqfLevelPrefix + level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Level " + level.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Credit frameworks; we issue ECTS only.</summary>
    public static ConceptVocabulary CreditFrameworks { get; } = new(ElmVocabulary.EducationCreditScheme, null, [
        ("ects", ElmVocabulary.EctsFramework, "European Credit Transfer System"),
        ("ecvet", "http://data.europa.eu/snb/education-credit/60b314e826", "European credit system for vocational education and training"),
    ]);

    /// <summary>Modes of learning and assessment (form of participation).</summary>
    public static ConceptVocabulary Modes { get; } = new(ElmVocabulary.ModeScheme, null, [
        ("workbased", "http://data.europa.eu/snb/learning-assessment/729f3bed4b", "Workbased"),
        ("project-based", "http://data.europa.eu/snb/learning-assessment/7813801c77", "Project based"),
        ("presential", "http://data.europa.eu/snb/learning-assessment/9191af2ed9", "Presential"),
        ("online", "http://data.europa.eu/snb/learning-assessment/920fbb3cbe", "Online"),
        ("blended", "http://data.europa.eu/snb/learning-assessment/e92d221e4d", "Blended"),
        ("research-lab", "http://data.europa.eu/snb/learning-assessment/ed4c557045", "Research-Lab based"),
    ]);

    /// <summary>Learning settings (formal, non-formal).</summary>
    public static ConceptVocabulary LearningSettings { get; } = new(ElmVocabulary.LearningSettingScheme, null, [
        ("formal", "http://data.europa.eu/snb/learning-setting/6fd4685715", "formal learning"),
        ("non-formal", "http://data.europa.eu/snb/learning-setting/e207a81fc7", "non-formal learning"),
    ]);

    /// <summary>Types of assessment.</summary>
    public static ConceptVocabulary AssessmentTypes { get; } = new(ElmVocabulary.AssessmentScheme, null, [
        ("peer-assessment", "http://data.europa.eu/snb/assessment/19a2e5e671", "peer assessment"),
        ("marked-assignment", "http://data.europa.eu/snb/assessment/2939dae15f", "marked assignment"),
        ("continuous-evaluation", "http://data.europa.eu/snb/assessment/3484bd7e51", "continuous evaluation"),
        ("portfolio", "http://data.europa.eu/snb/assessment/4f03b91c0e", "portfolio"),
        ("group-performance", "http://data.europa.eu/snb/assessment/56539a6507", "group performance"),
        ("practical-assessment", "http://data.europa.eu/snb/assessment/6a4db9f11d", "practical assessment"),
        ("written-examination", "http://data.europa.eu/snb/assessment/6e6cb2cc78", "written examination"),
        ("level-of-attendance", "http://data.europa.eu/snb/assessment/7331eb4762", "level of attendance"),
        ("project-work", "http://data.europa.eu/snb/assessment/795dac4096", "project work"),
        ("peer-review", "http://data.europa.eu/snb/assessment/812e3b0ae1", "peer review"),
        ("quiz", "http://data.europa.eu/snb/assessment/b1b68f6735", "quiz"),
        ("problem-based-learning", "http://data.europa.eu/snb/assessment/c4256a2726", "problem based learning"),
        ("oral-examination", "http://data.europa.eu/snb/assessment/d30284d7df", "oral examination"),
        ("artefact-assessment", "http://data.europa.eu/snb/assessment/de4d165a6c", "artefact assessment"),
    ]);

    /// <summary>Types of accreditation (quality assurance).</summary>
    public static ConceptVocabulary AccreditationTypes { get; } = new(ElmVocabulary.AccreditationScheme, null, [
        ("institutional-license", "http://data.europa.eu/snb/accreditation/003293d2ce", "Institutional License"),
        ("program-quality-assurance", "http://data.europa.eu/snb/accreditation/820101cba6", "Program Quality Assurance"),
        ("institutional-quality-assurance", "http://data.europa.eu/snb/accreditation/bb4618238e", "Institutional Quality Assurance"),
        ("program-license", "http://data.europa.eu/snb/accreditation/e57dddfcf3", "Program License"),
    ]);

    /// <summary>
    /// Supervision and identity verification during assessment. Only the concept the Annex I sample uses is listed
    /// (the vocabulary file is not among the shipped ELM vocabularies); other concepts of the scheme are accepted
    /// by URI.
    /// </summary>
    public static ConceptVocabulary SupervisionVerification { get; } = new(ElmVocabulary.SupervisionVerificationScheme, null, [
        ("unsupervised-no-id-verification", "http://data.europa.eu/snb/supervision-verification/c598449d64", "Unsupervised without ID Verification"),
    ]);

    /// <summary>Credential profiles (credential types).</summary>
    public static ConceptVocabulary CredentialTypes { get; } = new(ElmVocabulary.CredentialTypeScheme, null, [
        ("learning-activity", "http://data.europa.eu/snb/credential/48b514e72a", "Learning Activity"),
        ("qualification-award", "http://data.europa.eu/snb/credential/6cf8e68c43", "Qualification Award"),
        ("diploma-supplement", "http://data.europa.eu/snb/credential/6dff8a0f87", "Diploma Supplement"),
        ("learning-entitlement", "http://data.europa.eu/snb/credential/bdc47cb449", "Learning Entitlement"),
        ("generic", ElmVocabulary.GenericCredentialProfile, "Generic"),
        ("accredited", "http://data.europa.eu/snb/credential/c_ae121a00", "Accredited"),
        ("issued-by-mandate", "http://data.europa.eu/snb/credential/c_9a31f32a", "Issued by Mandate"),
        ("converted", "http://data.europa.eu/snb/credential/c_7e400154", "Converted"),
    ]);

    /// <summary>Countries by ISO 3166-1 alpha-3 code (e.g. <c>FIN</c>), notation <c>country</c> as in the sample.</summary>
    public static ConceptVocabulary Countries { get; } = new(
        ElmVocabulary.CountryScheme,
        "country",
        CountryTable.Parse().Select(c => (c.Code, ElmVocabulary.CountryScheme + "/" + c.Code, c.Label)));

    /// <summary>
    /// Languages of the credential display, by BCP 47 primary tag (e.g. <c>fi</c>) mapped to the EU language table.
    /// </summary>
    public static ConceptVocabulary Languages { get; } = new(ElmVocabulary.LanguageScheme, "language", [
        ("fi", ElmVocabulary.LanguageScheme + "/FIN", "Finnish"),
        ("sv", ElmVocabulary.LanguageScheme + "/SWE", "Swedish"),
        ("en", ElmVocabulary.LanguageScheme + "/ENG", "English"),
        ("se", ElmVocabulary.LanguageScheme + "/SME", "Northern Sami"),
        ("et", ElmVocabulary.LanguageScheme + "/EST", "Estonian"),
        ("da", ElmVocabulary.LanguageScheme + "/DAN", "Danish"),
        ("nb", ElmVocabulary.LanguageScheme + "/NOB", "Norwegian Bokmål"),
        ("de", ElmVocabulary.LanguageScheme + "/DEU", "German"),
        ("fr", ElmVocabulary.LanguageScheme + "/FRA", "French"),
        ("es", ElmVocabulary.LanguageScheme + "/SPA", "Spanish"),
        ("it", ElmVocabulary.LanguageScheme + "/ITA", "Italian"),
        ("nl", ElmVocabulary.LanguageScheme + "/NLD", "Dutch"),
        ("pl", ElmVocabulary.LanguageScheme + "/POL", "Polish"),
        ("pt", ElmVocabulary.LanguageScheme + "/POR", "Portuguese"),
    ]);
}
