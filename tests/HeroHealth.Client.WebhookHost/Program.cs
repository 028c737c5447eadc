// A Hero webhook receiver that the store suites start as a separate process and kill while its handler runs.
// Arguments: --store postgres|redis --connection <...> --name <table or key prefix> --key <signing key>
//            [--inbox] [--lease-ms N] [--handler-ms N] [--ignore-token]
// Prints "LISTENING <address>" when it serves, "HANDLING <id> <fencing token>" when a handler starts and
// "HANDLED <id> <fencing token>" when it returns (--ignore-token: its delay does not observe the token).
using HeroHealth.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var settings = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length && !args[p.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[p.i + 1] : "true");
var lease = TimeSpan.FromMilliseconds(int.Parse(settings.GetValueOrDefault("lease-ms", "2000"), System.Globalization.CultureInfo.InvariantCulture));
var handlerTime = TimeSpan.FromMilliseconds(int.Parse(settings.GetValueOrDefault("handler-ms", "600000"), System.Globalization.CultureInfo.InvariantCulture));

var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
builder.Logging.ClearProviders();
builder.Services.AddHeroWebhooks(o =>
{
    o.SigningKeys.Add(settings["key"]);
    o.Lease = lease;
    o.OnUnhandled(async (e, _, ct) =>
    {
        Console.WriteLine($"HANDLING {e.Id} {e.FencingToken}");
        await Task.Delay(handlerTime, settings.ContainsKey("ignore-token") ? CancellationToken.None : ct);
        Console.WriteLine($"HANDLED {e.Id} {e.FencingToken}");
    });
});
if (settings["store"] == "postgres")
{
    builder.Services.AddHeroWebhookPostgreSqlStore(settings["connection"], o => o.Table = settings["name"]);
}
else
{
    builder.Services.AddHeroWebhookRedisStore(settings["connection"], o => o.KeyPrefix = settings["name"]);
}

if (settings.ContainsKey("inbox"))
{
    builder.Services.AddHeroWebhookInbox(o => { o.Lease = lease; o.PollInterval = TimeSpan.FromMilliseconds(100); });
}

var app = builder.Build();
app.MapHeroWebhooks("/hero/webhooks");
await app.StartAsync();
Console.WriteLine("LISTENING " + app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
await app.WaitForShutdownAsync();
