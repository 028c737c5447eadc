using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// A real Kestrel server on a loopback port that counts what it receives and answers each request as the test says:
/// normally, with a status, after a delay, with broken JSON, or by dropping the connection before or after reading the body.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private Func<HttpContext, int, Task>? _behaviour;
    private int _requests;

    private FaultServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests received (each attempt), by "METHOD path".</summary>
    public ConcurrentDictionary<string, int> Received { get; } = new(StringComparer.Ordinal);

    /// <summary>Kestrel connection ids seen.</summary>
    public ConcurrentDictionary<string, byte> Connections { get; } = new(StringComparer.Ordinal);

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FaultServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 32 * 1024 * 1024);
        var app = builder.Build();
        var server = new FaultServer(app);
        app.Run(async context =>
        {
            var n = Interlocked.Increment(ref server._requests);
            server.Connections.TryAdd(context.Connection.Id, 0);
            server.Received.AddOrUpdate($"{context.Request.Method} {context.Request.Path}", 1, (_, c) => c + 1);
            var behaviour = server._behaviour ?? ((c, _) => Json(c, 200, "{}"));
            await behaviour(context, n);
        });
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    /// <summary>Sets how the next requests are answered (the int is the server-wide request number).</summary>
    public void Behave(Func<HttpContext, int, Task> behaviour)
    {
        _behaviour = behaviour;
        Received.Clear();
    }

    public int Count(string methodAndPath) => Received.TryGetValue(methodAndPath, out var c) ? c : 0;

    public static async Task Json(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }

    public static async Task<string> ReadBody(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
