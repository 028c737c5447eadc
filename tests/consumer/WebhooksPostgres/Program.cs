// Two instances of an ASP.NET Core receiver sharing one PostgreSQL database through the packed
// HeroHealth.Client.Webhooks.PostgreSql package: the fake confirms an appointment and delivers the signed webhook to
// instance A; the same delivery then reaches instance B (Hero retrying, a load balancer's other pick) and is
// acknowledged without running the handler again. Usage: dotnet run -- "<Npgsql connection string>"
using System.Net;
using System.Text;
using HeroHealth.Client;
using HeroHealth.Client.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

const string signingKey = "consumer-smoke-postgres-key-61ac";
var connection = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the PostgreSQL connection string.");
var handled = new List<string>();

async Task<(WebApplication App, Uri Endpoint)> StartInstance()
{
    var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
    builder.Services.AddHeroWebhooks(o =>
    {
        o.SigningKeys.Add(signingKey);
        o.On(WebhookEventType.AppointmentConfirmed, (e, _, _) =>
        {
            lock (handled)
            {
                handled.Add(e.Id);
            }

            return Task.CompletedTask;
        });
    });
    builder.Services.AddHeroWebhookPostgreSqlStore(connection);
    var app = builder.Build();
    app.MapHeroWebhooks("/hero/webhooks");
    await app.StartAsync();
    var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    return (app, new Uri(address, "/hero/webhooks"));
}

var (a, endpointA) = await StartInstance();
var (b, endpointB) = await StartInstance();
using var delivery = new SocketsHttpHandler();
using var fake = new FakeHero(new FakeHeroOptions { DeliveryTransport = delivery });
using var hero = fake.CreateClient();
await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, endpointA, signingKey);
var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
var slot = (await hero.Booking.FindSlotsAsync(from, from.AddDays(6)))[0];
var reservation = await hero.Booking.ReserveAsync(slot, "9001");
await fake.ConfirmAppointmentAsync(reservation.Id);

var sent = fake.Deliveries.Single();
using var http = new HttpClient();
using var copy = new HttpRequestMessage(HttpMethod.Post, endpointB) { Content = new StringContent(sent.Body, Encoding.UTF8, "application/json") };
copy.Headers.Add(HeroWebhookHeaders.Timestamp, sent.Timestamp);
copy.Headers.Add(HeroWebhookHeaders.Signature, sent.Signature);
using var atB = await http.SendAsync(copy);
await a.StopAsync();
await b.StopAsync();

if (sent.StatusCode == 200 && atB.StatusCode == HttpStatusCode.OK && handled.SequenceEqual([reservation.Id]))
{
    Console.WriteLine($"postgres store ok: appointment {reservation.Id} delivered to two instances, handled once");
    return 0;
}

Console.Error.WriteLine($"postgres store FAILED: A answered {sent.StatusCode}, B answered {(int)atB.StatusCode}, handled [{string.Join(',', handled)}]");
return 1;
