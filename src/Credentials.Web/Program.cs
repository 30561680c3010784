using Credentials.Web.Batches;
using Credentials.Web.Composition;
using Credentials.Web.Identity;
using Credentials.Web.Issuance;
using Credentials.Web.Page;
using Credentials.Web.Status;
using Credentials.Web.Verification;

var builder = WebApplication.CreateBuilder(args);
builder.AddCredentials();

var app = builder.Build();
app.UseRateLimiter();
app.MapPage();
app.MapVerification();
app.MapPresentations();
app.MapIssuance();
app.MapStatus();
app.MapBatches();
app.MapIdentity();
app.Run();
