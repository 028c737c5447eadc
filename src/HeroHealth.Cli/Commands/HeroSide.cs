using HeroHealth.Client;
using HeroHealth.Client.Testing;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// What only Hero's side of a fake can do for the demo: confirm a reservation and show the webhook it delivered. The
/// embedded fake does it in-process; a served one (<c>--env local</c>) through its <c>/_fake/</c> paths.
/// </summary>
internal abstract class HeroSide
{
    /// <summary>Where the demo's webhook points.</summary>
    public abstract Uri WebhookUrl { get; }

    public static HeroSide? For(CliTarget target) =>
        target.Fake is { } fake ? new Embedded(fake) : target.LocalAddress is { } address ? new Served(address) : null;

    public abstract Task ConfirmAsync(string reservationId, CancellationToken ct);

    /// <summary>The last delivery of <paramref name="eventType"/> to webhook <paramref name="webhookId"/> (a served fake keeps earlier runs' webhooks).</summary>
    public abstract Task<FakeWebhookDelivery> DeliveryAsync(string webhookId, WebhookEventType eventType, CancellationToken ct);

    private static FakeWebhookDelivery Last(IEnumerable<FakeWebhookDelivery> deliveries, string webhookId, WebhookEventType eventType) =>
        deliveries.Last(d => d.WebhookId == webhookId && d.EventName == eventType.ToString());

    private sealed class Embedded(FakeHero fake) : HeroSide
    {
        public override Uri WebhookUrl { get; } = new("https://partner.example/hero/webhooks");

        public override Task ConfirmAsync(string reservationId, CancellationToken ct) => fake.ConfirmAppointmentAsync(reservationId, ct);

        public override Task<FakeWebhookDelivery> DeliveryAsync(string webhookId, WebhookEventType eventType, CancellationToken ct) =>
            Task.FromResult(Last(fake.Deliveries, webhookId, eventType));
    }

    private sealed class Served(Uri address) : HeroSide
    {
        // The served fake's own sink answers 200, so the delivery completes without anything else listening.
        public override Uri WebhookUrl { get; } = new(address, "_fake/sink");

        public override Task ConfirmAsync(string reservationId, CancellationToken ct) => FakeServeCommand.ConfirmOnServerAsync(address, reservationId, ct);

        public override async Task<FakeWebhookDelivery> DeliveryAsync(string webhookId, WebhookEventType eventType, CancellationToken ct) =>
            Last(await FakeServeCommand.ReadDeliveriesAsync(address, ct).ConfigureAwait(false), webhookId, eventType);
    }
}
