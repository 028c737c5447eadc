using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class WebhookVerifierTests
{
    private const string Key = "whsec_9f3b2c7d1e8a4f60b5c2";
    private const string Body = """{"object":"Appointment","id":"31","practice_group_id":"4242","event":"appointment.confirmed"}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    [Test]
    public void A_delivery_signed_with_the_key_is_valid()
    {
        var ts = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var result = Verifier().Verify(ts, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(Body)), Body);

        Assert.That(result.Status, Is.EqualTo(WebhookVerificationStatus.Valid));
        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Timestamp, Is.EqualTo(Now));
    }

    [Test]
    public void The_signature_is_hmac_sha256_of_timestamp_dot_body()
    {
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes("1764000000." + Body))).ToLowerInvariant();
        Assert.That(HeroWebhookSigner.Sign(Key, "1764000000", Encoding.UTF8.GetBytes(Body)), Is.EqualTo(expected));
    }

    [TestCase("seconds")]
    [TestCase("milliseconds")]
    [TestCase("iso")]
    [TestCase("iso-offset")]
    public void Every_timestamp_format_Hero_might_use_is_accepted(string format)
    {
        var ts = format switch
        {
            "seconds" => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            "milliseconds" => Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            "iso" => "2026-11-24T09:00:00Z",
            _ => "2026-11-24T10:00:00.000+01:00",
        };
        var result = Verifier().Verify(ts, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(Body)), Body);
        Assert.That(result.Status, Is.EqualTo(WebhookVerificationStatus.Valid), format);
        Assert.That(result.Timestamp, Is.EqualTo(Now));
    }

    [TestCase("hex-lower")]
    [TestCase("hex-upper")]
    [TestCase("base64")]
    [TestCase("base64url")]
    [TestCase("prefixed")]
    public void Every_signature_encoding_Hero_might_use_is_accepted(string encoding)
    {
        var ts = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(ts + "." + Body));
        var signature = encoding switch
        {
            "hex-lower" => Convert.ToHexString(mac).ToLowerInvariant(),
            "hex-upper" => Convert.ToHexString(mac),
            "base64" => Convert.ToBase64String(mac),
            "base64url" => Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            _ => "sha256=" + Convert.ToHexString(mac).ToLowerInvariant(),
        };
        Assert.That(Verifier().Verify(ts, signature, Body).Status, Is.EqualTo(WebhookVerificationStatus.Valid), encoding);
    }

    [Test]
    public void A_tampered_body_is_rejected()
    {
        var ts = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(Body));
        var tampered = Body.Replace("\"31\"", "\"32\"", StringComparison.Ordinal);
        var reformatted = Body.Replace(",", ", ", StringComparison.Ordinal);

        Assert.That(Verifier().Verify(ts, signature, tampered).Status, Is.EqualTo(WebhookVerificationStatus.BadSignature));
        Assert.That(Verifier().Verify(ts, signature, reformatted).Status, Is.EqualTo(WebhookVerificationStatus.BadSignature), "re-serialised JSON does not verify");
    }

    [Test]
    public void A_changed_timestamp_or_wrong_key_is_rejected_and_rotation_accepts_either_key()
    {
        var ts = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(Body));
        var laterTs = Now.AddSeconds(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.That(Verifier().Verify(laterTs, signature, Body).Status, Is.EqualTo(WebhookVerificationStatus.BadSignature));
        Assert.That(new HeroWebhookVerifier("another-key-0123456789", timeProvider: _clock).Verify(ts, signature, Body).Status, Is.EqualTo(WebhookVerificationStatus.BadSignature));
        Assert.That(new HeroWebhookVerifier(["new-key-0123456789", Key], timeProvider: _clock).Verify(ts, signature, Body).Status, Is.EqualTo(WebhookVerificationStatus.Valid));
    }

    [TestCase(-301, WebhookVerificationStatus.Stale)]
    [TestCase(-299, WebhookVerificationStatus.Valid)]
    [TestCase(299, WebhookVerificationStatus.Valid)]
    [TestCase(301, WebhookVerificationStatus.Stale)]
    public void Timestamps_outside_the_window_either_way_are_stale(int offsetSeconds, WebhookVerificationStatus expected)
    {
        var ts = Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var result = Verifier().Verify(ts, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(Body)), Body);
        Assert.That(result.Status, Is.EqualTo(expected));
        if (offsetSeconds > 0 && expected == WebhookVerificationStatus.Stale)
        {
            Assert.That(result.Reason, Does.Contain("in the future"));
        }
    }

    [TestCase(null, "abc", WebhookVerificationStatus.MissingHeader)]
    [TestCase("1764000000", null, WebhookVerificationStatus.MissingHeader)]
    [TestCase(" ", "abc", WebhookVerificationStatus.MissingHeader)]
    [TestCase("yesterday", "00", WebhookVerificationStatus.Malformed)]
    [TestCase("1764000000", "zz-not-a-signature", WebhookVerificationStatus.Malformed)]
    [TestCase("1764000000", "abcd", WebhookVerificationStatus.Malformed)]
    [TestCase("99999999999999999999", "abcd", WebhookVerificationStatus.Malformed)]
    public void Missing_or_unreadable_headers_get_a_verdict_not_an_exception(string? ts, string? signature, WebhookVerificationStatus expected)
    {
        Assert.That(Verifier().Verify(ts, signature, Body).Status, Is.EqualTo(expected));
    }

    [Test]
    public void The_reason_never_contains_the_key_signature_or_body()
    {
        var ts = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign("other-key-0123456789", ts, Encoding.UTF8.GetBytes(Body));
        var result = Verifier().Verify(ts, signature, Body);
        Assert.That(result.Reason, Does.Not.Contain(Key).And.Not.Contain(signature).And.Not.Contain("Appointment"));
    }

    [Test]
    public void Generated_signing_keys_are_long_and_random()
    {
        var a = HeroWebhookSigner.GenerateSigningKey();
        Assert.That(a, Has.Length.EqualTo(43));
        Assert.That(a, Is.Not.EqualTo(HeroWebhookSigner.GenerateSigningKey()));
    }

    private HeroWebhookVerifier Verifier() => new(Key, timeProvider: _clock);
}
