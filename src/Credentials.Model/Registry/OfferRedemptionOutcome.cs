namespace Credentials.Model.Registry;

/// <summary>What a token request did to an offer.</summary>
public enum OfferRedemptionOutcome
{
    /// <summary>This request redeemed it: the access token is bound to the offer.</summary>
    Redeemed,

    /// <summary>No offer has this code.</summary>
    Unknown,

    /// <summary>The code was redeemed already (by this or a racing request).</summary>
    AlreadyRedeemed,

    /// <summary>The offer expired.</summary>
    Expired,

    /// <summary>The offer asks for a tx_code and none was sent; not counted as a failure.</summary>
    TxCodeMissing,

    /// <summary>The offer asks for a tx_code and a wrong one was sent; counted as a failure.</summary>
    TxCodeWrong,

    /// <summary>Too many wrong tx_codes were sent: the offer cannot be redeemed any more.</summary>
    TxCodeLocked,
}
