using Credentials.Model.Ports;
using Credentials.Model.Schema;
using Credentials.Verifier;
using Credentials.Verifier.Presentations;

namespace Credentials.Web.Composition;

/// <summary>Hands out verifiers: one shared for the default checks, a fresh one when a caller narrows the checks.</summary>
internal sealed class VerifierFactory
{
    private readonly VerifierOptions _options;
    private readonly TimeProvider _time;
    private readonly IDidDocumentSource _documents;
    private readonly IStatusListSource _statusLists;
    private readonly CredentialVerifier _default;

    public VerifierFactory(VerifierOptions options, TimeProvider time, IDidDocumentSource documents, IStatusListSource statusLists)
    {
        _options = options;
        _time = time;
        _documents = documents;
        _statusLists = statusLists;
        _default = Create(options);
        Presentations = new PresentationVerifier(_default, time, documents, new PresentationVerifierOptions { MaxInputBytes = options.MaxInputBytes, ClockSkew = options.ClockSkew });
    }

    /// <summary>Where the verifiers remember structural verdicts (<c>Credentials:StructureMemoryCapacity</c>); null: nowhere.</summary>
    public StructureMemory? Memory => _options.StructureMemory;

    /// <summary>The presentation verifier; embedded credentials go through the default credential verifier.</summary>
    public PresentationVerifier Presentations { get; }

    /// <summary>The shared verifier, or a fresh one for a subset of checks or a validity instant other than now.</summary>
    /// <remarks>An SD-JWT VC key binding expectation (<paramref name="keyBinding"/>) also makes a fresh one.</remarks>
    public CredentialVerifier For(IReadOnlySet<string>? onlyChecks, DateTimeOffset? asOf = null, Proofs.SdJwt.KeyBindingExpectation? keyBinding = null) =>
        onlyChecks is null && asOf is null && keyBinding is null
            ? _default
            : Create((onlyChecks is null ? _options : _options with { OnlyChecks = onlyChecks }) with { KeyBinding = keyBinding }, asOf is { } at ? new AsOfClock(at) : _time);

    private CredentialVerifier Create(VerifierOptions options, TimeProvider? time = null) =>
        new(options, time ?? _time, _documents, SchemaValidator.ElmMicroCredential, _statusLists);
}
