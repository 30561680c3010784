using Credentials.Web.Batches;
using Credentials.Web.Certificates;
using Credentials.Web.Composition;
using Credentials.Web.Identity;
using Credentials.Web.Issuance;
using Credentials.Web.IssuerPage;
using Credentials.Web.Page;
using Credentials.Web.Sharing;
using Credentials.Web.Status;
using Credentials.Web.Verification;
using Credentials.Web.Wallet;

try
{
    var builder = WebApplication.CreateBuilder(StartupFailure.WithAppFolderAsContentRoot(args));
    builder.AddCredentials();

    var app = builder.Build();
    app.UseNoSniff();
    app.UseForwardedHeaders();
    app.UseRateLimiter();
    app.MapPage();
    app.MapPresentationPage();
    app.MapIssuerPage();
    app.MapVerification();
    app.MapPresentations();
    app.MapIssuance();
    app.MapStatus();
    app.MapBatches();
    app.MapCertificates();
    app.MapShareLinks();
    app.MapSharePage();
    app.MapErasure();
    app.MapIdentity();
    app.MapWallet();
    app.MapOpenid4Vci();
    app.MapOffers();
    app.MapBatchOffers();
    app.LogServiceMode();
    app.Run();
    return 0;
}
catch (Exception e) when (StartupFailure.IsReported(e))
{
    Console.Error.WriteLine("credentials service: " + StartupFailure.Sentence(e));
    return 1;
}
