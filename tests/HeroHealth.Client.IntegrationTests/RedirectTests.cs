using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// Hero's server (loopback 1) answers 307 to another origin (loopback 2). The key and the message body never reach
/// loopback 2: the SDK's handler and any framework handler it is given to own have redirects off, a caller's client or
/// handler that follows redirects is refused at construction, and a custom handler that follows one itself fails the call
/// without returning what the other origin sent.
/// </summary>
[TestFixture]
[NonParallelizable]
public class RedirectTests
{
    private FaultServer _hero = null!;
    private FaultServer _elsewhere = null!;
    private readonly ConcurrentQueue<string> _seenElsewhere = new();

    [OneTimeSetUp]
    public async Task Start()
    {
        _hero = await FaultServer.StartAsync();
        _elsewhere = await FaultServer.StartAsync();
        _elsewhere.Behave(async (c, _) =>
        {
            var body = await FaultServer.ReadBody(c);
            _seenElsewhere.Enqueue($"{c.Request.Method} key={c.Request.Headers["x-api-key"]} body={body}");
            await FaultServer.Json(c, 200, Payloads.SentMessage("6666"));
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _hero.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    [SetUp]
    public void Redirect()
    {
        _seenElsewhere.Clear();
        _hero.Behave((c, _) =>
        {
            c.Response.StatusCode = 307;
            c.Response.Headers.Location = new Uri(_elsewhere.BaseAddress, c.Request.Path.Value!.TrimStart('/')).AbsoluteUri;
            return Task.CompletedTask;
        });
    }

    [Test]
    public async Task Di_default_registration_surfaces_the_307_and_nothing_reaches_the_other_origin()
    {
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o => HostSetupTests.Configure(o, _hero.BaseAddress));
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<HeroHealthRedirectException>(() => Send(provider.GetRequiredService<HeroHealthClient>()));

        Assert.That(ex!.StatusCode, Is.EqualTo(307));
        Assert.That(ex.FollowedToOtherOrigin, Is.False);
        Assert.That(_seenElsewhere, Is.Empty, "the other origin never saw the key or the message");
    }

    [Test]
    public async Task Di_with_a_swapped_primary_handler_that_follows_redirects_still_keeps_the_key_at_hero(
        [Values("SocketsHttpHandler", "HttpClientHandler")] string primary)
    {
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o => HostSetupTests.Configure(o, _hero.BaseAddress))
            // e.g. to set a proxy: both follow redirects by default.
            .ConfigureTransport(_ => primary == "SocketsHttpHandler"
                ? new SocketsHttpHandler { AllowAutoRedirect = true, UseProxy = false }
                : new HttpClientHandler { AllowAutoRedirect = true, UseProxy = false });
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<HeroHealthRedirectException>(() => Send(provider.GetRequiredService<HeroHealthClient>()));

        Assert.That(ex!.StatusCode, Is.EqualTo(307));
        Assert.That(_seenElsewhere, Is.Empty);
    }

    [Test]
    public async Task Di_with_a_custom_primary_that_follows_redirects_fails_the_call_without_returning_the_content()
    {
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o => HostSetupTests.Configure(o, _hero.BaseAddress))
            .ConfigureTransport(_ => new FollowingPrimary());
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<HeroHealthRedirectException>(() => Send(provider.GetRequiredService<HeroHealthClient>()));

        Assert.That(ex!.FollowedToOtherOrigin, Is.True);
        Assert.That(ex.ResponseBody, Is.Null, "what the other origin sent is not returned");
    }

    [Test]
    public async Task Own_handler_surfaces_the_307()
    {
        var options = new HeroHealthClientOptions();
        HostSetupTests.Configure(options, _hero.BaseAddress);
        using var hero = new HeroHealthClient(options);

        var ex = await Assert.ThrowsAsync<HeroHealthRedirectException>(() => Send(hero));

        Assert.That(ex!.StatusCode, Is.EqualTo(307));
        Assert.That(_seenElsewhere, Is.Empty);
    }

    [Test]
    public void A_callers_default_http_client_is_refused_before_anything_is_sent()
    {
        // new HttpClient() follows redirects, and SocketsHttpHandler strips only Authorization: x-api-key would follow a
        // 302 to wherever it points. The SDK can see that before the first request and refuses the client.
        var options = new HeroHealthClientOptions();
        HostSetupTests.Configure(options, _hero.BaseAddress);
        using var http = new HttpClient();
        var before = _hero.Requests;

        var ex = Assert.Throws<ArgumentException>(() => new HeroHealthClient(http, options));

        Assert.That(ex!.ParamName, Is.EqualTo("httpClient"));
        Assert.That(ex.Message, Does.Contain("AllowAutoRedirect = false"), "the message says how to fix it");
        Assert.That(ex.Message, Does.Not.Contain(Payloads.ApiKey));
        Assert.That(_hero.Requests, Is.EqualTo(before));
        Assert.That(_seenElsewhere, Is.Empty);
    }

    [Test]
    public void A_callers_handler_that_follows_redirects_is_refused([Values("SocketsHttpHandler", "HttpClientHandler", "chain")] string kind)
    {
        var options = new HeroHealthClientOptions();
        HostSetupTests.Configure(options, _hero.BaseAddress);
        using HttpMessageHandler handler = kind switch
        {
            "SocketsHttpHandler" => new SocketsHttpHandler(),
            "HttpClientHandler" => new HttpClientHandler(),
            _ => new HostSetupTests.RetryHandler { InnerHandler = new SocketsHttpHandler() },
        };

        var ex = Assert.Throws<ArgumentException>(() => new HeroHealthClient(options, handler));

        Assert.That(ex!.ParamName, Is.EqualTo("transport"));
    }

    [Test]
    public async Task A_callers_http_client_without_redirects_keeps_the_key_at_hero()
    {
        var options = new HeroHealthClientOptions();
        HostSetupTests.Configure(options, _hero.BaseAddress);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var hero = new HeroHealthClient(http, options);

        var ex = await Assert.ThrowsAsync<HeroHealthRedirectException>(() => Send(hero));

        Assert.That(ex!.StatusCode, Is.EqualTo(307));
        Assert.That(_seenElsewhere, Is.Empty);
    }

    private static Task<SentMessage?> Send(HeroHealthClient hero) =>
        hero.Messages.SendSmsAsync("9001", "Results for you are ready", new SmsOptions { Recipient = "07700 900123" });

    /// <summary>A primary handler of a type the SDK cannot reconfigure, which follows redirects itself.</summary>
    private sealed class FollowingPrimary : DelegatingHandler
    {
        public FollowingPrimary()
            : base(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TemporaryRedirect && response.Headers.Location is { } location)
            {
                response.Dispose();
                request.RequestUri = location;
                response = await base.SendAsync(request, cancellationToken);
            }

            return response;
        }
    }
}
