using Credentials.Issuer.Wallet;
using Credentials.Model.Registry;
using Credentials.Storage;

namespace Credentials.Web.Wallet;

/// <summary>Registers the OpenID4VCI issuance (issue 20): offers, token, nonce and credential endpoints over the registry.</summary>
internal static class WalletSetup
{
    public static IServiceCollection AddWalletIssuance(this IServiceCollection services, RegistryStorage storage, string baseUrl)
    {
        var options = new WalletIssuanceOptions { CredentialIssuer = baseUrl };
        services.AddSingleton(options);
        services.AddSingleton(storage.Offers);
        services.AddSingleton(sp => new CredentialOffers(storage.Offers, storage.Credentials, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Issuer.Batches.BatchOffers(sp.GetRequiredService<CredentialOffers>()));
        services.AddSingleton(sp => new PreAuthorizedTokens(storage.Offers, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new WalletNonces(storage.Offers, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new WalletCredentialRequests(
            storage.Offers,
            sp.GetRequiredService<ICredentialStore>(),
            sp.GetRequiredService<WalletNonces>(),
            sp.GetRequiredService<IWalletCredentialIssuer>(),
            options,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
