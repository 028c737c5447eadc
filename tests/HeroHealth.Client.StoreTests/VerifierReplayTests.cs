using System.Globalization;
using System.Text;
using Npgsql;
using StackExchange.Redis;

namespace HeroHealth.Client.StoreTests;

/// <summary>
/// <see cref="HeroWebhookVerifier"/> used by hand on two instances (two verifiers, two connections to one shared store):
/// a captured delivery is accepted once across both, and a delivery one instance forgot is accepted by the other.
/// </summary>
[TestFixture("postgres")]
[TestFixture("redis")]
[NonParallelizable]
public class VerifierReplayTests(string engine)
{
    private const string Body = """{"object":"Appointment","id":"31","practice_group_id":"4242","event":"appointment.confirmed"}""";
    private StoreServer _server = null!;
    private readonly List<IDisposable> _connections = [];

    [OneTimeSetUp]
    public void StartServer() => _server = Receiver.StartServer(engine);

    [OneTimeTearDown]
    public void StopServer()
    {
        _connections.ForEach(c => c.Dispose());
        _server?.Dispose();
    }

    [Test]
    public async Task A_delivery_accepted_at_one_instance_is_a_replay_at_the_other_until_it_is_forgotten()
    {
        var name = Receiver.FreshName(_server);
        var a = new HeroWebhookVerifier(Receiver.Key, store: await ConnectAsync(name));
        var b = new HeroWebhookVerifier(Receiver.Key, store: await ConnectAsync(name));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(Body);
        var signature = HeroWebhookSigner.Sign(Receiver.Key, timestamp, body);

        var atA = await a.VerifyAsync(timestamp, signature, body);
        var atB = await b.VerifyAsync(timestamp, signature, body);
        var againAtA = await a.VerifyAsync(timestamp, signature, body);
        await a.ForgetAsync(atA);
        var afterForget = await b.VerifyAsync(timestamp, signature, body);

        Assert.That(atA.Status, Is.EqualTo(WebhookVerificationStatus.Valid));
        Assert.That(atB.Status, Is.EqualTo(WebhookVerificationStatus.Replayed), "the other instance sees the claim");
        Assert.That(againAtA.Status, Is.EqualTo(WebhookVerificationStatus.Replayed));
        Assert.That(afterForget.Status, Is.EqualTo(WebhookVerificationStatus.Valid), "a forgotten delivery is Hero's retry to take");
    }

    [Test]
    public async Task Twenty_concurrent_copies_across_two_instances_are_accepted_once()
    {
        var name = Receiver.FreshName(_server);
        HeroWebhookVerifier[] verifiers = [new(Receiver.Key, store: await ConnectAsync(name)), new(Receiver.Key, store: await ConnectAsync(name))];
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(Body);
        var signature = HeroWebhookSigner.Sign(Receiver.Key, timestamp, body);

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            (await verifiers[i % 2].VerifyAsync(timestamp, signature, body)).Status)));

        Assert.That(verdicts.Count(v => v == WebhookVerificationStatus.Valid), Is.EqualTo(1));
        Assert.That(verdicts.Count(v => v == WebhookVerificationStatus.Replayed), Is.EqualTo(19));
    }

    // A new connection per verifier, as two processes would have.
    private async Task<IHeroWebhookStore> ConnectAsync(string name)
    {
        if (_server is PostgresServer)
        {
            var dataSource = NpgsqlDataSource.Create(_server.Connection);
            _connections.Add(dataSource);
            return new PostgreSqlHeroWebhookStore(dataSource, new PostgreSqlHeroWebhookStoreOptions { Table = name });
        }

        var redis = await ConnectionMultiplexer.ConnectAsync(_server.Connection);
        _connections.Add(redis);
        return new RedisHeroWebhookStore(redis, new RedisHeroWebhookStoreOptions { KeyPrefix = name });
    }
}
