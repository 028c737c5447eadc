using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client.StoreTests;

/// <summary>A webhook receiver app on a loopback Kestrel port, as a user wires it, over the store under test.</summary>
public sealed class Receiver : IAsyncDisposable
{
    public const string Key = "store-suite-signing-key-5d2e";
    private readonly WebApplication _app;

    private Receiver(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<Receiver> StartAsync(StoreServer server, string connection, string name, Action<HeroWebhookOptions> configure, Action<IServiceCollection>? more = null)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Services.AddHeroWebhooks(o =>
        {
            o.SigningKeys.Add(Key);
            configure(o);
        });
        if (server is PostgresServer)
        {
            builder.Services.AddHeroWebhookPostgreSqlStore(connection, o => o.Table = name);
        }
        else if (server is RedisServer)
        {
            builder.Services.AddHeroWebhookRedisStore(connection, o => o.KeyPrefix = name);
        }

        more?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapHeroWebhooks("/hero/webhooks");
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Receiver(app, new Uri(new Uri(address), "/hero/webhooks"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Starts the server of an engine the fixtures name: postgres, redis or memory.</summary>
    public static StoreServer StartServer(string engine) => engine switch
    {
        "postgres" => PostgresServer.Start(),
        "redis" => RedisServer.Start(),
        _ => new MemoryServer(),
    };

    /// <summary>A fresh table or key prefix, so each test starts from an empty store.</summary>
    public static string FreshName(StoreServer server) => server is PostgresServer
        ? "hero_" + Guid.NewGuid().ToString("N")[..12]
        : "{t-" + Guid.NewGuid().ToString("N")[..12] + "}:";
}

/// <summary>What the handlers did, counted per event id, across every receiver of a test.</summary>
public sealed class Ledger
{
    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public ConcurrentDictionary<string, int> Completed { get; } = new();

    public void Call(HeroWebhookEvent e) => Calls.AddOrUpdate(e.Id, 1, (_, n) => n + 1);

    public void Complete(HeroWebhookEvent e) => Completed.AddOrUpdate(e.Id, 1, (_, n) => n + 1);

    public int Count(string what) => Calls.GetValueOrDefault(what);

    public void Add(string what) => Calls.AddOrUpdate(what, 1, (_, n) => n + 1);
}

/// <summary>Plays Hero's side: signed deliveries, posted the way a sender with a timeout and retries would.</summary>
public static class Hero
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = Timeout.InfiniteTimeSpan };

    public static string Event(string id, string name = "appointment.confirmed") =>
        $$"""{"object":"Appointment","id":"{{id}}","practice_group_id":"1001","event":"{{name}}"}""";

    public static (string Body, string Timestamp, string Signature) Sign(string body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (body, ts, HeroWebhookSigner.Sign(Receiver.Key, ts, Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>Posts one delivery; null when no answer came (the sender gave up waiting, or the receiver died).</summary>
    public static async Task<HttpStatusCode?> PostAsync(Uri endpoint, (string Body, string Timestamp, string Signature) delivery, TimeSpan? timeout = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add(HeroWebhookHeaders.Timestamp, delivery.Timestamp);
        request.Headers.Add(HeroWebhookHeaders.Signature, delivery.Signature);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            using var response = await Http.SendAsync(request, cts.Token);
            return response.StatusCode;
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Retries a delivery, on the given receivers in turn, until one acknowledges it with a 2xx (bounded).</summary>
    /// <returns>The statuses seen, in order (null for a timeout).</returns>
    public static async Task<List<HttpStatusCode?>> DeliverAsync(IReadOnlyList<Uri> endpoints, (string Body, string Timestamp, string Signature) delivery, TimeSpan retryEvery, int maxAttempts = 60, TimeSpan? timeout = null, int start = 0)
    {
        var seen = new List<HttpStatusCode?>();
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var status = await PostAsync(endpoints[(start + attempt) % endpoints.Count], delivery, timeout);
            seen.Add(status);
            if (status is { } s && (int)s is >= 200 and < 300)
            {
                return seen;
            }

            await Task.Delay(retryEvery);
        }

        return seen;
    }
}
