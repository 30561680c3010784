namespace Credentials.TestKit.Revocation;

/// <summary>What <see cref="LoopbackOcspResponder"/> answers to every OCSP request.</summary>
public enum OcspAnswer
{
    /// <summary>certStatus good, signed by the CA.</summary>
    Good,

    /// <summary>certStatus revoked at <see cref="LoopbackOcspResponder.RevokedAt"/>, signed by the CA.</summary>
    Revoked,

    /// <summary>certStatus unknown, signed by the CA.</summary>
    Unknown,

    /// <summary>certStatus good, but signed by a key that has nothing to do with the CA.</summary>
    UnrelatedKey,

    /// <summary>certStatus good, but thisUpdate and nextUpdate long past.</summary>
    Stale,

    /// <summary>certStatus good for a serial number other than the one asked about.</summary>
    OtherSerial,

    /// <summary>certStatus good, signed by the CA, padded with a 16 KiB non-critical response extension.</summary>
    Oversized,

    /// <summary>certStatus good, answered after <see cref="LoopbackOcspResponder.Delay"/>.</summary>
    Slow,

    /// <summary>certStatus good, signed by a responder certificate the CA issued with id-kp-OCSPSigning (RFC 6960 §4.2.2.2).</summary>
    Delegated,

    /// <summary>certStatus good, signed by a responder certificate the CA issued without id-kp-OCSPSigning.</summary>
    DelegatedWithoutOcspSigning,

    /// <summary>responseStatus tryLater (3), no response bytes.</summary>
    TryLater,
}
