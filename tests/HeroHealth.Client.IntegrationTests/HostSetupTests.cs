using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// The SDK wrapped the way applications wrap it — .NET Aspire's service defaults, resilience and retry handlers on the
/// transport <c>AddHeroHealthClient(...).ConfigureTransport</c> sets, a retrying handler inside the caller's own HttpClient — against a
/// loopback Kestrel server that stalls, resets or answers 503 after reading the body. In every set-up the server
/// receives the POST once, and the caller gets one of the SDK's exceptions saying it may have been delivered.
/// </summary>
[TestFixture]
[NonParallelizable]
public class HostSetupTests
{
    public enum Setup
    {
        /// <summary><c>ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())</c>, as every Aspire ServiceDefaults project does.</summary>
        AspireServiceDefaults,

        /// <summary>Polly v7 retry from <c>ConfigureHttpClientDefaults(b => b.AddTransientHttpErrorPolicy(...))</c>.</summary>
        PollyPolicyInDefaults,

        /// <summary>A hand-written retrying handler in <c>ConfigureHttpClientDefaults</c> (the SDK cannot recognise it).</summary>
        CustomRetryInDefaults,

        /// <summary><c>AddHeroHealthClient(...).ConfigureTransport(_ => new ResilienceHandler(standard pipeline) { InnerHandler = … })</c>: retries any method, 500 ms attempts.</summary>
        StandardResilienceHandlerInTransport,

        /// <summary><c>AddHeroHealthClient(...).ConfigureTransport(_ => new RetryHandler { InnerHandler = new SocketsHttpHandler() })</c>.</summary>
        RetryHandlerInTransport,

        /// <summary><c>new HeroHealthClient(new HttpClient(new RetryHandler(new SocketsHttpHandler { AllowAutoRedirect = false })), options)</c>.</summary>
        RetryingCallerHttpClient,
    }

    public enum Fault
    {
        StallAfterReadingBody,
        ResetAfterReadingBody,
        ServiceUnavailable,
    }

    private FaultServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await FaultServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task A_send_reaches_the_server_once_whatever_wraps_the_sdk([Values] Setup setup, [Values] Fault fault)
    {
        var processed = 0;
        _server.Behave(async (c, _) =>
        {
            await FaultServer.ReadBody(c);
            Interlocked.Increment(ref processed);
            switch (fault)
            {
                case Fault.StallAfterReadingBody:
                    await Task.Delay(TimeSpan.FromSeconds(3), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    break;
                case Fault.ResetAfterReadingBody:
                    c.Abort();
                    break;
                default:
                    await FaultServer.Json(c, 503, "{\"message\":\"busy\"}");
                    break;
            }
        });
        using var host = Build(setup, _server.BaseAddress);

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<HeroHealthApiException>(), () => Send(host.Client));

        await Task.Delay(200); // a late resend would land now
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1), $"{setup}/{fault}: the server saw the POST once");
        Assert.That(processed, Is.EqualTo(1));
        var api = (HeroHealthApiException)ex!;
        Assert.That(api.MayHaveBeenDelivered, Is.True, $"{setup}/{fault}: {api.GetType().Name} says the send may have arrived");
        Assert.That(api.ToString(), Does.Not.Contain(Payloads.ApiKey).And.Not.Contain("07700").And.Not.Contain("Results for"));
        if (setup is Setup.AspireServiceDefaults or Setup.PollyPolicyInDefaults)
        {
            // The outer resilience handler was taken off: the SDK's own verdict reaches the caller.
            Assert.That(api, Is.InstanceOf(fault switch
            {
                Fault.StallAfterReadingBody => typeof(HeroHealthTimeoutException),
                Fault.ResetAfterReadingBody => typeof(HeroHealthTransportException),
                _ => typeof(HeroHealthServerException),
            }));
        }
    }

    [Test]
    public async Task Under_aspire_defaults_a_send_answered_after_eleven_seconds_succeeds_once()
    {
        // Exactly the reported set-up: default standard resilience options (10 s attempt timeout, 3 attempts) and default
        // SDK options (30 s). Before, the outer timeout cut each attempt at 10 s and re-sent the POST: 3 deliveries.
        _server.Behave(async (c, _) =>
        {
            await FaultServer.ReadBody(c);
            await Task.Delay(TimeSpan.FromSeconds(11), c.RequestAborted);
            await FaultServer.Json(c, 200, Payloads.SentMessage());
        });
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = Payloads.ApiKey;
            o.PracticeGroupId = "1001";
            o.BaseAddress = _server.BaseAddress;
        });
        using var provider = services.BuildServiceProvider();

        var sent = await Send(provider.GetRequiredService<HeroHealthClient>());

        Assert.That(sent!.MessageId, Is.EqualTo("5003"));
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_handler_in_ConfigureHttpClientDefaults_never_wraps_the_sdk()
    {
        _server.Behave(async (c, _) =>
        {
            await FaultServer.ReadBody(c);
            await Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        var services = new ServiceCollection();
        // A per-request timeout for every HttpClient of the app (1 s): the SDK does not use IHttpClientFactory, so its
        // own per-attempt timeout (2 s) is the one that ends the call.
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new TimeoutHandler(TimeSpan.FromSeconds(1))));
        services.AddHeroHealthClient(o => Configure(o, _server.BaseAddress, TimeSpan.FromSeconds(2)));
        using var provider = services.BuildServiceProvider();
        var hero = provider.GetRequiredService<HeroHealthClient>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var post = await Assert.ThrowsAsync<HeroHealthTimeoutException>(() => Send(hero));

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.8)), "the 1 s handler of the defaults did not cut the attempt");
        Assert.That(post!.Timeout, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(post.MayHaveBeenDelivered, Is.True);
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
    }

    [Test]
    public async Task Polly_timeouts_from_a_handler_in_the_transport_surface_as_the_sdks_timeout()
    {
        _server.Behave(async (c, _) => await Task.Delay(TimeSpan.FromSeconds(3), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        using var host = Build(Setup.StandardResilienceHandlerInTransport, _server.BaseAddress, sdkTimeout: TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<Exception>(), () => host.Client.Booking.GetAppointmentAsync("5002"));

        Assert.That(ex, Is.InstanceOf<HeroHealthTimeoutException>(), "never Polly's TimeoutRejectedException");
    }

    [Test]
    public async Task Cancelling_a_send_after_it_left_says_it_may_have_been_delivered()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Behave(async (c, _) =>
        {
            await FaultServer.ReadBody(c);
            received.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var host = Build(Setup.AspireServiceDefaults, _server.BaseAddress, sdkTimeout: TimeSpan.FromSeconds(10));
        using var cts = new CancellationTokenSource();

        var send = host.Client.Messages.SendSmsAsync("9001", "Results for you", new SmsOptions { Recipient = "07700 900123" }, cts.Token);
        await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync(); // the server has the body: the caller gives up now
        var ex = await Assert.ThrowsAsync<HeroHealthOperationCanceledException>(() => send);

        Assert.That(ex!.MayHaveBeenDelivered, Is.True);
        Assert.That(ex, Is.InstanceOf<OperationCanceledException>(), "the .NET convention for cancellation, with MayHaveBeenDelivered");
        Assert.That(ex.InnerException, Is.InstanceOf<OperationCanceledException>(), "the cancellation is kept as the cause");
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
    }

    [Test]
    public async Task Gets_are_still_retried_inside_the_same_set_ups([Values(Setup.AspireServiceDefaults, Setup.RetryingCallerHttpClient)] Setup setup)
    {
        var gets = 0;
        _server.Behave((c, _) => Interlocked.Increment(ref gets) == 1
            ? FaultServer.Json(c, 503, "{}")
            : FaultServer.Json(c, 200, Payloads.Appointment()));
        using var host = Build(setup, _server.BaseAddress);

        var appointment = await host.Client.Booking.GetAppointmentAsync("5002");

        Assert.That(appointment?.Id, Is.EqualTo("5002"));
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(2));
    }

    internal static void Configure(HeroHealthClientOptions o, Uri baseAddress, TimeSpan? timeout = null)
    {
        o.ApiKey = Payloads.ApiKey;
        o.PracticeGroupId = "1001";
        o.BaseAddress = baseAddress;
        o.Timeout = timeout ?? TimeSpan.FromSeconds(1);
        o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        o.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
    }

    private static void Fast(HttpStandardResilienceOptions o)
    {
        o.Retry.Delay = TimeSpan.FromMilliseconds(10);
        o.Retry.BackoffType = DelayBackoffType.Constant;
        o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(500);
        o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(4);
        o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(2);
    }

    /// <summary>What <c>AddStandardResilienceHandler(Fast)</c> builds, as a pipeline for a handler of your own.</summary>
    private static ResiliencePipeline<HttpResponseMessage> StandardPipeline() => new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddTimeout(TimeSpan.FromSeconds(4))
        .AddRetry(new HttpRetryStrategyOptions { Delay = TimeSpan.FromMilliseconds(10), BackoffType = DelayBackoffType.Constant })
        .AddTimeout(TimeSpan.FromMilliseconds(500))
        .Build();

    private static Host Build(Setup setup, Uri baseAddress, TimeSpan? sdkTimeout = null)
    {
        if (setup == Setup.RetryingCallerHttpClient)
        {
            var options = new HeroHealthClientOptions();
            Configure(options, baseAddress, sdkTimeout);
            var http = new HttpClient(new RetryHandler { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } });
            return new Host(new HeroHealthClient(http, options), http);
        }

        var services = new ServiceCollection();
        switch (setup)
        {
            case Setup.AspireServiceDefaults:
                services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler(Fast));
                break;
            case Setup.PollyPolicyInDefaults:
                services.ConfigureHttpClientDefaults(b => b.AddTransientHttpErrorPolicy(p => p.RetryAsync(3)));
                break;
            case Setup.CustomRetryInDefaults:
                services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new RetryHandler()));
                break;
        }

        var builder = services.AddHeroHealthClient(o => Configure(o, baseAddress, sdkTimeout));
        switch (setup)
        {
            case Setup.StandardResilienceHandlerInTransport:
                builder.ConfigureTransport(_ => new ResilienceHandler(StandardPipeline()) { InnerHandler = new SocketsHttpHandler() });
                break;
            case Setup.RetryHandlerInTransport:
                builder.ConfigureTransport(_ => new RetryHandler { InnerHandler = new SocketsHttpHandler() });
                break;
        }

        var provider = services.BuildServiceProvider();
        return new Host(provider.GetRequiredService<HeroHealthClient>(), provider);
    }

    private static Task<SentMessage?> Send(HeroHealthClient hero) =>
        hero.Messages.SendSmsAsync("9001", "Results for you are ready", new SmsOptions { Recipient = "07700 900123" });

    internal sealed record Host(HeroHealthClient Client, IDisposable Owner) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            Owner.Dispose();
        }
    }

    /// <summary>A naive retry handler of the kind applications write: three attempts on any error or 5xx, whatever the method.</summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var response = await base.SendAsync(request, cancellationToken);
                    if ((int)response.StatusCode < 500 || attempt == 3)
                    {
                        return response;
                    }

                    response.Dispose();
                }
                catch (Exception) when (attempt < 3)
                {
                }
            }
        }
    }

    /// <summary>An outer per-request timeout that cancels the token it passes down (as resilience handlers do).</summary>
    private sealed class TimeoutHandler(TimeSpan timeout) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            return await base.SendAsync(request, cts.Token);
        }
    }
}
