namespace Credentials.Issuer.Batches;

/// <summary>How far a batch run is, reported after each committed chunk.</summary>
/// <param name="Done">Rows handled so far (issued now or earlier).</param>
/// <param name="Total">Rows to handle in this run.</param>
/// <param name="Issued">Credentials newly issued so far.</param>
/// <param name="Existing">Rows found issued earlier so far.</param>
public sealed record BatchProgress(int Done, int Total, int Issued, int Existing);
