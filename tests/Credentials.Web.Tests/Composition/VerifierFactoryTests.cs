using System.Text;
using Credentials.Web.Composition;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Composition;

public sealed class VerifierFactoryTests
{
    [Fact]
    public async Task Memory_DefaultCapacity_RemembersAVerifiedCredentialOnce()
    {
        using var factory = new WebFactory();
        using var client = factory.CreateClient();

        await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(Bodies.ValidJwt()), "application/jwt"));
        await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(Bodies.ValidJwt()), "application/jwt"));

        var memory = factory.Services.GetRequiredService<VerifierFactory>().Memory;
        memory.Should().NotBeNull();
        memory!.Capacity.Should().Be(4096);
        memory.Count.Should().Be(1);
    }

    [Fact]
    public async Task Memory_CapacityZero_RemembersNothingAndStillVerifies()
    {
        using var factory = new WebFactory();
        factory.Settings["Credentials:StructureMemoryCapacity"] = "0";
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(Bodies.ValidJwt()), "application/jwt"));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        factory.Services.GetRequiredService<VerifierFactory>().Memory.Should().BeNull();
    }

    [Fact]
    public void Memory_CapacitySet_IsTheConfiguredOne()
    {
        using var factory = new WebFactory();
        factory.Settings["Credentials:StructureMemoryCapacity"] = "16";

        var memory = factory.Services.GetRequiredService<VerifierFactory>().Memory;

        memory!.Capacity.Should().Be(16);
    }
}
