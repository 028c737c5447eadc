using System.Net;
using HeroHealth.Client.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// <c>hero fake serve</c>: the SDK's fake of Hero behind Kestrel on loopback, one fake for the server's lifetime (so
/// state carries across requests and commands), delivering signed webhooks to the URLs registered with it. Under
/// <c>/_fake/</c> it offers what only Hero's side can do (confirm a reservation, see deliveries); those paths are the
/// fake's own, not Hero's.
/// </summary>
internal static class FakeServeCommand
{
    private const string ControlPrefix = "/_fake/";

    public static async Task<int> RunAsync(CliOutput output, CliConsole console, int port, IReadOnlyList<string> extraOrigins, CancellationToken ct)
    {
        var origins = AllowedOrigins(extraOrigins);
        using var deliveries = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(5) };
        using var fake = new FakeHero(new FakeHeroOptions { DeliveryTransport = deliveries });
        using var hero = new HttpMessageInvoker(fake.CreateHandler(), disposeHandler: false);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        await using var app = builder.Build();
        var gate = new object();
        app.Run(async context =>
        {
            await AnswerAsync(context, fake, hero, origins).ConfigureAwait(false);
            lock (gate)
            {
                // The path only (a query may carry a search term); the fake's data is synthetic.
                output.Line($"{context.Request.Method} {context.Request.Path} → {context.Response.StatusCode}");
            }
        });

        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliException($"Cannot listen on 127.0.0.1:{port} ({ex.GetType().Name}): is another server using it? Try --port 0 for a free port.", HeroCli.Failed);
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        var local = address.Port == CliTarget.LocalPort ? "--env local" : $"--base-address {address}";
        lock (gate)
        {
            output.Line(output.Strong($"The Hero fake is serving at {address}") + " (Ctrl+C stops it)");
            output.Line($"  API key          {fake.Options.ApiKey}  (x-api-key)");
            output.Line($"  Practice groups  {string.Join(", ", fake.Options.PracticeGroupIds)}  (x-practice-group-id)");
            output.Line($"  Patients         {string.Join(", ", FakeHero.SyntheticPatients.Select(p => p.PatientId))} (synthetic; 'hero patients register' finds them by NHS number)");
            output.Line($"  Drive it         hero slots list {local}");
            output.Line($"  Hero's side      hero fake confirm <reservation id> {local}   (POST {address.AbsolutePath.TrimEnd('/')}{ControlPrefix}appointments/<id>/confirm)");
            output.Line("  Webhooks         'hero webhooks create' with your URL: deliveries are POSTed there, signed with your key");
            output.Line($"  Answers          Host 127.0.0.1, localhost or [::1] only; browser pages from {string.Join(", ", origins.Describe)}");
            output.Line();
            output.Result(new JObject
            {
                ["base_address"] = address.AbsoluteUri,
                ["api_key"] = fake.Options.ApiKey,
                ["practice_groups"] = new JArray(fake.Options.PracticeGroupIds),
                ["allowed_origins"] = new JArray(origins.Describe),
            });
            console.Out.Flush();
        }

        try
        {
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C (or the caller's token) is how a server is meant to stop.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return HeroCli.Ok;
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static async Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JObject { ["message"] = message }.ToString(Formatting.None)).ConfigureAwait(false);
    }

    /// <summary>Pages served from loopback (any port) by default, plus the origins given with <c>--allow-origin</c>.</summary>
    internal static Origins AllowedOrigins(IReadOnlyList<string> extra)
    {
        var exact = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in extra)
        {
            if (!Uri.TryCreate(item, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/" || uri.Query.Length > 0)
            {
                throw new CliException($"--allow-origin takes a web origin such as https://app.example:8443 (scheme, host and port only), not '{item}'.", HeroCli.Usage);
            }

            exact.Add(uri.GetLeftPart(UriPartial.Authority));
        }

        return new Origins(exact);
    }

    internal sealed class Origins(HashSet<string> exact)
    {
        public IReadOnlyList<string> Describe => ["http(s)://localhost, 127.0.0.1 or [::1] on any port", .. exact.Order(StringComparer.Ordinal)];

        public bool Allows(string origin) =>
            Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && (IsLoopbackHost(uri.Host) || exact.Contains(uri.GetLeftPart(UriPartial.Authority)));
    }

    /// <summary><c>hero fake confirm ID</c>: asks a served fake to confirm a reservation on Hero's side.</summary>
    public static async Task<int> ConfirmAsync(CliTarget target, CliOutput output, string id, CancellationToken ct)
    {
        var address = target.LocalAddress
            ?? throw new CliException("'hero fake confirm' talks to a served fake: start 'hero fake serve', then add --env local (or --base-address).");
        await ConfirmOnServerAsync(address, id, ct).ConfigureAwait(false);
        output.Line($"Confirmed {id} on the fake's side; appointment.confirmed sent to its webhooks");
        output.Result(new JObject { ["confirmed"] = id });
        return HeroCli.Ok;
    }

    /// <summary>POSTs <c>/_fake/appointments/{id}/confirm</c> to the served fake at <paramref name="address"/>.</summary>
    public static async Task ConfirmOnServerAsync(Uri address, string id, CancellationToken ct)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(address, $"_fake/appointments/{Uri.EscapeDataString(id)}/confirm"), null, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var message = TryMessage(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)) ?? $"HTTP {(int)response.StatusCode}";
            throw new CliException($"The served fake did not confirm {id}: {message}", HeroCli.Failed);
        }
    }

    private static async Task AnswerAsync(HttpContext context, FakeHero fake, HttpMessageInvoker hero, Origins origins)
    {
        // Loopback is not enough on its own: a page on another site can reach 127.0.0.1 through a DNS name it controls
        // (DNS rebinding), so the Host it names must be a loopback name, and a page's Origin must be one allowed.
        if (!IsLoopbackHost(context.Request.Host.Host))
        {
            await RefuseAsync(context, StatusCodes.Status421MisdirectedRequest, "hero fake serve answers requests for 127.0.0.1, localhost or [::1] only.").ConfigureAwait(false);
            return;
        }

        if (context.Request.Headers.Origin is { Count: > 0 } origin)
        {
            // Refused whatever the method: a simple cross-site POST needs no preflight, so CORS headers alone would not stop it.
            if (!origins.Allows(origin.ToString()))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, "This web origin may not use the served fake: start it with --allow-origin " + origin + " to allow it.").ConfigureAwait(false);
                return;
            }

            context.Response.Headers.AccessControlAllowOrigin = origin;
            context.Response.Headers.Vary = "Origin";
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.Headers.AccessControlAllowMethods = "GET, POST, PUT, PATCH, DELETE";
                context.Response.Headers.AccessControlAllowHeaders = context.Request.Headers.AccessControlRequestHeaders;
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
        }

        if (context.Request.Path.StartsWithSegments(ControlPrefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            await ControlAsync(context, fake).ConfigureAwait(false);
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(FakeHero.BaseAddress, context.Request.GetEncodedPathAndQuery().TrimStart('/')));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            request.Content = new ByteArrayContent(buffer.ToArray());
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (name is "Host" or "Content-Length" or "Transfer-Encoding")
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await hero.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name is not ("Transfer-Encoding" or "Content-Length"))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ControlAsync(HttpContext context, FakeHero fake)
    {
        var parts = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (context.Request.Method, parts)
        {
            case ("POST", [_, "appointments", var id, "confirm"]):
                try
                {
                    await fake.ConfirmAppointmentAsync(Uri.UnescapeDataString(id), context.RequestAborted).ConfigureAwait(false);
                    await WriteAsync(context, 200, new JObject { ["confirmed"] = id }).ConfigureAwait(false);
                }
                catch (KeyNotFoundException ex)
                {
                    await WriteAsync(context, 404, new JObject { ["message"] = ex.Message }).ConfigureAwait(false);
                }
                catch (InvalidOperationException ex)
                {
                    await WriteAsync(context, 409, new JObject { ["message"] = ex.Message }).ConfigureAwait(false);
                }

                return;

            case ("GET", [_, "deliveries"]):
                await WriteAsync(context, 200, new JArray(fake.Deliveries.Select(ToJson))).ConfigureAwait(false);
                return;

            case ("POST", [_, "sink"]):
                // A webhook URL that accepts anything: for the demo, or to register a webhook before a receiver exists.
                context.Response.StatusCode = 200;
                return;

            default:
                await WriteAsync(context, 404, new JObject { ["message"] = $"The fake offers POST {ControlPrefix}appointments/{{id}}/confirm, GET {ControlPrefix}deliveries and POST {ControlPrefix}sink." }).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>The served fake's deliveries, as <c>GET /_fake/deliveries</c> lists them.</summary>
    public static async Task<IReadOnlyList<FakeWebhookDelivery>> ReadDeliveriesAsync(Uri address, CancellationToken ct)
    {
        using var http = new HttpClient();
        var deliveries = JArray.Parse(await http.GetStringAsync(new Uri(address, "_fake/deliveries"), ct).ConfigureAwait(false));
        return [.. deliveries.Select(d => new FakeWebhookDelivery(
            (string)d["webhook_id"]!, new Uri((string)d["url"]!), (string)d["event"]!, (string?)d["timestamp"], (string?)d["signature"], (string)d["body"]!, (int?)d["status_code"]))];
    }

    // Everything that was POSTed, so a receiver's verdict can be checked against it (the data is synthetic).
    private static JObject ToJson(FakeWebhookDelivery d) => new()
    {
        ["webhook_id"] = d.WebhookId,
        ["url"] = d.Url.AbsoluteUri,
        ["event"] = d.EventName,
        ["timestamp"] = d.Timestamp,
        ["signature"] = d.Signature,
        ["body"] = d.Body,
        ["status_code"] = d.StatusCode,
    };

    private static Task WriteAsync(HttpContext context, int status, JToken body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToString(Formatting.None), context.RequestAborted);
    }

    private static string? TryMessage(string body)
    {
        try
        {
            return (string?)JToken.Parse(body)["message"];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
