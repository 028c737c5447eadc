using System.Security.Cryptography;
using System.Text;

namespace HeroHealth.Client;

/// <summary>The deduplication key of a verified delivery: short, fixed-length, and without payload or secret.</summary>
internal static class HeroWebhookEventKey
{
    public static string For(HeroWebhookDeduplication mode, WebhookVerificationResult verdict, HeroWebhookEvent webhookEvent) => mode switch
    {
        // The signature covers timestamp and body, so it names the delivery; decoded, so hex and base64 of one agree.
        HeroWebhookDeduplication.Delivery => "d:" + (verdict.ReplayKey ?? throw new ArgumentException("Only a valid verdict has a delivery key.", nameof(verdict))),
        HeroWebhookDeduplication.Event => "e:" + Hash(webhookEvent.Type.ToString() + "\n" + webhookEvent.Id + "\n" + webhookEvent.PracticeGroupId),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown deduplication mode."),
    };

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
