using System.Security.Cryptography;
using System.Text;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>Seeded, reproducible fuzzing of the two parsers that take untrusted input.</summary>
[TestFixture]
public class FuzzTests
{
    private const int Iterations = 100_000;
    private static readonly char[] Alphabet = "0123456789 -+./:TZabcdefABCDEF=_\t\n\u00a0\u0660\uFF10é\0".ToCharArray();

    [Test]
    public void NhsNumber_TryParse_only_returns_documented_results()
    {
        var random = new Random(1);
        var valid = 0;
        var seeds = new[] { "943 476 5919", "943-476-5919", "9434765919", "9990000018" };
        for (var i = 0; i < Iterations; i++)
        {
            var input = i % 2 == 0 ? RandomText(random, random.Next(0, 16)) : Mutate(random, seeds[random.Next(seeds.Length)]);
            bool ok;
            NhsNumber number;
            string? error;
            try
            {
                ok = NhsNumber.TryParse(input, out number, out error);
            }
            catch (Exception ex)
            {
                Assert.Fail($"TryParse threw {ex.GetType().Name} for input #{i}");
                return;
            }

            if (ok)
            {
                valid++;
                Assert.That(number.Digits, Has.Length.EqualTo(10));
                Assert.That(number.Digits.All(char.IsAsciiDigit), Is.True);
                Assert.That(error, Is.Null);
                Assert.That(NhsNumber.Parse(input), Is.EqualTo(number));
            }
            else
            {
                Assert.That(error, Is.Not.Null.And.Not.Empty);
                Assert.That(number.IsEmpty, Is.True);
                Assert.Throws<FormatException>(() => NhsNumber.Parse(input));
            }
        }

        TestContext.Out.WriteLine($"{Iterations} inputs, {valid} valid");
        Assert.That(valid, Is.GreaterThan(100), "mutations of valid numbers keep some valid, so both paths are exercised");
    }

    [Test]
    public void Webhook_verifier_returns_a_verdict_for_any_input()
    {
        var random = new Random(2);
        var verifier = new HeroWebhookVerifier(["fuzz-signing-key-0123456789", "second-key-abcdefghij"], TimeSpan.FromMinutes(5));
        var seen = new HashSet<WebhookVerificationStatus>();
        for (var i = 0; i < Iterations; i++)
        {
            var timestamp = random.Next(4) switch
            {
                0 => null,
                1 => RandomText(random, random.Next(0, 24)),
                2 => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => Mutate(random, DateTimeOffset.UtcNow.ToString("o", System.Globalization.CultureInfo.InvariantCulture)),
            };
            var signature = random.Next(3) switch
            {
                0 => null,
                1 => RandomText(random, random.Next(0, 80)),
                _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            };
            var body = new byte[random.Next(0, 256)];
            random.NextBytes(body);

            WebhookVerificationResult result;
            try
            {
                result = verifier.Verify(timestamp, signature, body);
            }
            catch (Exception ex)
            {
                Assert.Fail($"Verify threw {ex.GetType().Name} for input #{i}");
                return;
            }

            Assert.That(Enum.IsDefined(result.Status), Is.True);
            Assert.That(result.Status, Is.Not.EqualTo(WebhookVerificationStatus.Valid), "random input never verifies");
            seen.Add(result.Status);
            Assert.That(HeroWebhookEvent.TryParse(body, out _) || true, Is.True); // never throws on the same bytes
        }

        Assert.That(seen, Is.SupersetOf(new[] { WebhookVerificationStatus.MissingHeader, WebhookVerificationStatus.Malformed, WebhookVerificationStatus.BadSignature }));
    }

    [Test]
    public void A_tampered_byte_anywhere_in_a_signed_body_is_always_rejected()
    {
        var random = new Random(3);
        const string Key = "fuzz-signing-key-0123456789";
        var verifier = new HeroWebhookVerifier(Key);
        for (var i = 0; i < 20_000; i++)
        {
            var body = Encoding.UTF8.GetBytes($$"""{"object":"Appointment","id":"{{random.Next()}}","practice_group_id":"{{random.Next(1000, 9999)}}","event":"appointment.confirmed"}""");
            var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var signature = HeroWebhookSigner.Sign(Key, ts, body);
            Assert.That(verifier.Verify(ts, signature, body).IsValid, Is.True);

            var position = random.Next(body.Length);
            var tampered = (byte[])body.Clone();
            tampered[position] ^= (byte)random.Next(1, 256);

            Assert.That(verifier.Verify(ts, signature, tampered).Status, Is.EqualTo(WebhookVerificationStatus.BadSignature), $"byte {position} of body #{i}");
        }
    }

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(10) == 0 ? (char)random.Next(0x20, 0x2FFF) : Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Mutate(Random random, string seed)
    {
        var chars = seed.ToList();
        var edits = random.Next(0, 4);
        for (var e = 0; e < edits; e++)
        {
            var op = random.Next(3);
            var at = random.Next(chars.Count + 1);
            if (op == 0 && chars.Count > 0)
            {
                chars.RemoveAt(Math.Min(at, chars.Count - 1));
            }
            else if (op == 1)
            {
                chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
            }
            else if (chars.Count > 0)
            {
                chars[Math.Min(at, chars.Count - 1)] = Alphabet[random.Next(Alphabet.Length)];
            }
        }

        return new string(chars.ToArray());
    }
}
