using System.Net;
using HeroHealth.WebhookReceiver;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HeroHealth.Client.StoreTests;

/// <summary>The sample receiver configured as its README says for several instances: a shared store and the inbox.</summary>
[TestFixture("postgres")]
[TestFixture("redis")]
[NonParallelizable]
public class SampleReceiverTests(string engine)
{
    private StoreServer _server = null!;

    [OneTimeSetUp]
    public void StartServer() => _server = Receiver.StartServer(engine);

    [OneTimeTearDown]
    public void StopServer() => _server?.Dispose();

    [Test]
    public async Task Two_sample_instances_on_one_store_queue_a_twice_delivered_event_once()
    {
        var connection = _server is PostgresServer ? $"--ConnectionStrings:HeroWebhooksPostgreSql={_server.Connection}" : $"--ConnectionStrings:HeroWebhooksRedis={_server.Connection}";
        string[] args = ["--urls=http://127.0.0.1:0", $"--HeroWebhooks:SigningKeys:0={Receiver.Key}", "--HeroWebhooks:Inbox=true", connection, "--Logging:LogLevel:Default=Warning"];
        await using var a = WebhookReceiverApp.Build(args);
        await using var b = WebhookReceiverApp.Build(args);
        await a.StartAsync();
        await b.StartAsync();
        var delivery = Hero.Sign(Hero.Event("8100"));

        var statuses = await Task.WhenAll(Hero.PostAsync(Endpoint(a), delivery), Hero.PostAsync(Endpoint(b), delivery));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Queued(a) + Queued(b) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(1500); // a second worker had time to run it again, if it were going to
        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Queued(a) + Queued(b), Is.EqualTo(1));
        await a.StopAsync();
        await b.StopAsync();
    }

    private static int Queued(WebApplication app) => app.Services.GetRequiredService<EventInbox>().Events.Count(e => e.Id == "8100");

    private static Uri Endpoint(WebApplication app) =>
        new(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), WebhookReceiverApp.Path);
}
