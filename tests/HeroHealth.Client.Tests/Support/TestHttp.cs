using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Support;

/// <summary>HttpClients over MockHttp, addressed like a Hero environment (base address ends with a slash).</summary>
public static class TestHttp
{
    public static readonly Uri BaseAddress = new("https://hero.example.test/");

    public static HttpClient Over(MockHttpMessageHandler mock)
    {
        var http = mock.ToHttpClient();
        http.BaseAddress = BaseAddress;
        return http;
    }
}
