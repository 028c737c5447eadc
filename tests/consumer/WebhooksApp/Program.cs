// An ASP.NET Core app receiving Hero webhooks with HeroHealth.Client.AspNetCore, driven by the fake over loopback.
using HeroHealth.Client;
using HeroHealth.Client.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

const string signingKey = "consumer-smoke-signing-key-4d2a";
using var delivery = new SocketsHttpHandler();
using var fake = new FakeHero(new FakeHeroOptions { DeliveryTransport = delivery });

var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
builder.Services.AddHeroHealthClient(o =>
{
    o.ApiKey = FakeHero.DefaultApiKey;
    o.PracticeGroupId = fake.PracticeGroupId;
    o.BaseAddress = FakeHero.BaseAddress;
}).UseFakeHero(fake);
builder.Services.AddHeroWebhooks(o => o.SigningKeys.Add(signingKey));
builder.Services.AddHeroWebhookHandler<Confirmed>(WebhookEventType.AppointmentConfirmed);
builder.Services.AddSingleton<Inbox>();
builder.Services.AddHealthChecks().AddHeroHealth();

await using var app = builder.Build();
app.MapHeroWebhooks("/hero/webhooks");
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

var hero = app.Services.GetRequiredService<HeroHealthClient>();
await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri(address, "/hero/webhooks"), signingKey);
var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
var slot = (await hero.Booking.FindSlotsAsync(from, from.AddDays(6)))[0];
var reservation = await hero.Booking.ReserveAsync(slot, "9001");
await fake.ConfirmAppointmentAsync(reservation.Id);

var inbox = app.Services.GetRequiredService<Inbox>();
var health = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
await app.StopAsync();
if (inbox.Ids.SequenceEqual([reservation.Id]) && fake.Deliveries.Single().StatusCode == 200 && health.Status == HealthStatus.Healthy)
{
    Console.WriteLine($"webhooks ok: appointment {reservation.Id} confirmed, delivered, verified, handled once; health {health.Status}");
    return 0;
}

Console.Error.WriteLine($"webhooks FAILED: handled [{string.Join(',', inbox.Ids)}], delivery status {fake.Deliveries.SingleOrDefault()?.StatusCode}, health {health.Status}");
return 1;

internal sealed class Inbox
{
    private readonly List<string> _ids = [];

    public IReadOnlyList<string> Ids
    {
        get
        {
            lock (_ids)
            {
                return [.. _ids];
            }
        }
    }

    public void Add(string id)
    {
        lock (_ids)
        {
            _ids.Add(id);
        }
    }
}

internal sealed class Confirmed(Inbox inbox) : IHeroWebhookHandler
{
    public Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        inbox.Add(webhookEvent.Id!);
        return Task.CompletedTask;
    }
}
