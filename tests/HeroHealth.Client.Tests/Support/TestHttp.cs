using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Pipelines over MockHttp, addressed like a Hero environment (base address ends with a slash).</summary>
public static class TestHttp
{
    public static readonly Uri BaseAddress = new("https://hero.example.test/");

    /// <summary>The SDK's pipeline (retries off) over <paramref name="mock"/>, for generated clients.</summary>
    internal static HeroPipeline Over(MockHttpMessageHandler mock) => GeneratedClients.Pipeline(mock, BaseAddress);
}
