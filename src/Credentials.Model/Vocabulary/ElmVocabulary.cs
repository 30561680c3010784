namespace Credentials.Model.Vocabulary;

/// <summary>
/// Fixed URIs of the European Learning Model v3 (ELM 3.2) application profile that our credentials use, taken from the
/// official Annex I sample and the ELM controlled vocabularies (<c>*.xsd</c>).
/// </summary>
public static class ElmVocabulary
{
    /// <summary>The W3C VC Data Model 1.1 base context, first in <c>@context</c>.</summary>
    public const string CredentialsContextV1 = "https://www.w3.org/2018/credentials/v1";

    /// <summary>The Europass Digital Credentials application profile context, second in <c>@context</c>.</summary>
    public const string EdcApContext = "http://data.europa.eu/snb/model/context/edc-ap";

    /// <summary>The <c>credentialSchema.id</c> of the EDC generic SHACL shapes (full, with controlled vocabularies).</summary>
    public const string CredentialSchemaId = "http://data.europa.eu/snb/model/ap/edc-generic-full";

    /// <summary>The <c>credentialSchema.type</c> used by Europass for SHACL shapes.</summary>
    public const string CredentialSchemaType = "ShaclValidator2017";

    /// <summary>The credential-type scheme (<c>europass-credential-types.xsd</c>).</summary>
    public const string CredentialTypeScheme = "http://data.europa.eu/snb/credential/25831c2";

    /// <summary>The "Generic" credential profile the Annex I sample declares in <c>credentialProfiles</c>.</summary>
    public const string GenericCredentialProfile = "http://data.europa.eu/snb/credential/e34929035b";

    /// <summary>The EQF scheme (<c>eqf.xsd</c>).</summary>
    public const string EqfScheme = "http://data.europa.eu/snb/eqf/25831c2";

    /// <summary>Prefix of EQF level URIs; the level number 1–8 follows.</summary>
    public const string EqfLevelPrefix = "http://data.europa.eu/snb/eqf/";

    /// <summary>The education-credit scheme (<c>credit-points.xsd</c>).</summary>
    public const string EducationCreditScheme = "http://data.europa.eu/snb/education-credit/25831c2";

    /// <summary>The European Credit Transfer System framework concept.</summary>
    public const string EctsFramework = "http://data.europa.eu/snb/education-credit/6fcec5c5af";

    /// <summary>The NQF scheme (<c>nqf.xsd</c>); NQF level concepts are under <c>http://data.europa.eu/snb/qdr/</c>.</summary>
    public const string NqfScheme = "http://data.europa.eu/snb/qdr/25831c2";

    /// <summary>The modes of learning and assessment scheme (<c>europass-modes.xsd</c>).</summary>
    public const string ModeScheme = "http://data.europa.eu/snb/learning-assessment/25831c2";

    /// <summary>The learning setting scheme (<c>europass-learning-setting-types.xsd</c>).</summary>
    public const string LearningSettingScheme = "http://data.europa.eu/snb/learning-setting/25831c2";

    /// <summary>The assessment type scheme (<c>europass-learning-assessment-types.xsd</c>).</summary>
    public const string AssessmentScheme = "http://data.europa.eu/snb/assessment/25831c2";

    /// <summary>The accreditation type scheme (<c>europass-accreditation-types.xsd</c>).</summary>
    public const string AccreditationScheme = "http://data.europa.eu/snb/accreditation/25831c2";

    /// <summary>The supervision and identity verification scheme (used by the Annex I sample).</summary>
    public const string SupervisionVerificationScheme = "http://data.europa.eu/snb/supervision-verification/25831c2";

    /// <summary>The ESCO skills concept scheme.</summary>
    public const string EscoSkillScheme = "http://data.europa.eu/esco/concept-scheme/skills";

    /// <summary>Prefix of ESCO skill URIs.</summary>
    public const string EscoSkillPrefix = "http://data.europa.eu/esco/skill/";

    /// <summary>The EU country authority table (<c>country.xsd</c>); the scheme URI is also the concept prefix.</summary>
    public const string CountryScheme = "http://publications.europa.eu/resource/authority/country";

    /// <summary>The EU language authority table.</summary>
    public const string LanguageScheme = "http://publications.europa.eu/resource/authority/language";

    /// <summary>The EU file-type authority table (the scheme URI is also the concept prefix).</summary>
    public const string FileTypeScheme = "http://publications.europa.eu/resource/authority/file-type";

    /// <summary>The content-encoding scheme (<c>europass-content-encoding-types.xsd</c>).</summary>
    public const string ContentEncodingScheme = "http://data.europa.eu/snb/encoding/25831c2";

    /// <summary>The base64 content encoding concept.</summary>
    public const string Base64Encoding = "http://data.europa.eu/snb/encoding/6146cde7dd";
}
