using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace HeroHealth.Client.Tests.Workflows;

/// <summary>A captured delivery verifies once for its whole window; expired claims are dropped; the body is hashed in place.</summary>
[TestFixture]
public class WebhookReplayTests
{
    private const string Key = "whsec_replay_0123456789abcdef";
    private const string Body = """{"object":"Appointment","id":"31","practice_group_id":"4242","event":"appointment.confirmed"}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    [Test]
    public void A_delivery_verifies_once_and_every_repeat_is_a_replay()
    {
        var verifier = new HeroWebhookVerifier(Key, timeProvider: _clock);
        var (ts, signature) = Signed(Body);

        var verdicts = Enumerable.Range(0, 3).Select(_ => verifier.Verify(ts, signature, Body).Status).ToList();

        Assert.That(verdicts, Is.EqualTo(new[] { WebhookVerificationStatus.Valid, WebhookVerificationStatus.Replayed, WebhookVerificationStatus.Replayed }));
        Assert.That(verifier.Verify(ts, signature, Body).IsValid, Is.False);
    }

    [Test]
    public void The_same_signature_in_another_encoding_is_still_a_replay()
    {
        var verifier = new HeroWebhookVerifier(Key, timeProvider: _clock);
        var (ts, hex) = Signed(Body);
        var base64 = Convert.ToBase64String(Convert.FromHexString(hex));

        Assert.That(verifier.Verify(ts, hex, Body).Status, Is.EqualTo(WebhookVerificationStatus.Valid));
        Assert.That(verifier.Verify(ts, "sha256=" + base64, Body).Status, Is.EqualTo(WebhookVerificationStatus.Replayed));
        Assert.That(verifier.Verify(ts, hex.ToUpperInvariant(), Body).Status, Is.EqualTo(WebhookVerificationStatus.Replayed));
    }

    [Test]
    public void A_fresh_signature_for_the_same_event_is_a_new_delivery()
    {
        // What Hero would send if it re-signs a retry: the verifier cannot tell, so handlers must be idempotent.
        var verifier = new HeroWebhookVerifier(Key, timeProvider: _clock);
        var (ts1, sig1) = Signed(Body);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var (ts2, sig2) = Signed(Body);

        Assert.That(verifier.Verify(ts1, sig1, Body).IsValid, Is.True);
        Assert.That(verifier.Verify(ts2, sig2, Body).IsValid, Is.True);
    }

    [Test]
    public async Task A_forgotten_delivery_is_accepted_again()
    {
        var verifier = new HeroWebhookVerifier(Key, timeProvider: _clock);
        var (ts, signature) = Signed(Body);

        var first = await verifier.VerifyAsync(ts, signature, Encoding.UTF8.GetBytes(Body));
        await verifier.ForgetAsync(first);
        var retry = await verifier.VerifyAsync(ts, signature, Encoding.UTF8.GetBytes(Body));

        Assert.That(first.IsValid, Is.True);
        Assert.That(retry.IsValid, Is.True);
    }

    [Test]
    public void Instances_sharing_a_store_reject_each_others_replays()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var a = new HeroWebhookVerifier(Key, timeProvider: _clock, store: store);
        var b = new HeroWebhookVerifier(Key, timeProvider: _clock, store: store);
        var (ts, signature) = Signed(Body);

        Assert.That(a.Verify(ts, signature, Body).Status, Is.EqualTo(WebhookVerificationStatus.Valid));
        Assert.That(b.Verify(ts, signature, Body).Status, Is.EqualTo(WebhookVerificationStatus.Replayed));
    }

    [Test]
    public void A_delivery_stays_a_replay_for_its_whole_window_however_many_follow_and_expired_claims_are_dropped()
    {
        // The old replay store dropped its oldest records past its capacity, which reopened them to replay. Its own
        // clock: the fixture's is shared by the other tests.
        var clock = new FakeTimeProvider(Now);
        var store = new InMemoryHeroWebhookStore(capacity: 1_000, timeProvider: clock);
        var verifier = new HeroWebhookVerifier(Key, TimeSpan.FromMinutes(5), clock, store);
        var (firstTs, firstSignature) = Signed(Body, clock);
        Assert.That(verifier.Verify(firstTs, firstSignature, Body).IsValid, Is.True);
        for (var i = 0; i < 5_000; i++)
        {
            var body = Body.Replace("\"31\"", $"\"1{i:D4}\"", StringComparison.Ordinal);
            var (ts, signature) = Signed(body, clock);
            Assert.That(verifier.Verify(ts, signature, body).IsValid, Is.True);
        }

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.That(verifier.Verify(firstTs, firstSignature, Body).Status, Is.EqualTo(WebhookVerificationStatus.Replayed), "still inside its window");
        clock.Advance(TimeSpan.FromMinutes(2));
        var (nts, nsig) = Signed(Body, clock);
        Assert.That(verifier.Verify(nts, nsig, Body).IsValid, Is.True);
        Assert.That(store.Count, Is.EqualTo(1), "claims whose window ended are dropped");
    }

    [Test]
    public void Invalid_deliveries_are_not_remembered()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var verifier = new HeroWebhookVerifier(Key, timeProvider: _clock, store: store);
        var (ts, signature) = Signed(Body);

        verifier.Verify(ts, signature, Body + " ");
        verifier.Verify(ts, "00" + signature[2..], Body);

        Assert.That(store.Count, Is.Zero, "a forger cannot fill the store");
    }

    [Test]
    public void A_large_body_is_not_copied_once_per_signing_key()
    {
        var body = new byte[64 * 1024 * 1024];
        Array.Fill(body, (byte)'x');
        var ts = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign(Key, ts, body);
        var verifier = new HeroWebhookVerifier(["old-key-0123456789", "other-key-0123456789", Key], timeProvider: _clock);
        verifier.Verify(ts, signature, "warm-up"u8);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = verifier.Verify(ts, signature, body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(result.IsValid, Is.True);
        TestContext.Out.WriteLine($"allocated verifying 64 MiB with 3 keys: {allocated:N0} bytes");
        Assert.That(allocated, Is.LessThan(64 * 1024), "was 192 MiB: a copy of the body per key");
    }

    private (string Timestamp, string Signature) Signed(string body, TimeProvider? clock = null)
    {
        var ts = (clock ?? _clock).GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (ts, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body)));
    }
}
