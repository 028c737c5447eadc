using System.Diagnostics;
using System.Globalization;

namespace HeroHealth.Client;

/// <summary>
/// Settings of the Hero webhook endpoint (<c>services.AddHeroWebhooks(...)</c>, <c>app.MapHeroWebhooks(...)</c>),
/// bound from configuration or set in code, validated when the application starts.
/// </summary>
/// <remarks>The signing keys never appear in <see cref="ToString"/>, serialised options or the debugger display.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class HeroWebhookOptions
{
    /// <summary>The configuration section name used in examples: <c>"HeroWebhooks"</c>.</summary>
    public const string DefaultSectionName = "HeroWebhooks";

    private readonly List<(WebhookEventType Type, Func<HeroWebhookEvent, IServiceProvider, CancellationToken, Task> Handler)> _handlers = [];
    private readonly List<Func<HeroWebhookEvent, IServiceProvider, CancellationToken, Task>> _unhandled = [];

    /// <summary>
    /// The signing key(s) you gave Hero when creating the webhook subscriptions; several during a rotation (every key is
    /// tried). Required. Keep them in a secret store.
    /// </summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    [System.Text.Json.Serialization.JsonIgnore]
    [Newtonsoft.Json.JsonIgnore]
    public IList<string> SigningKeys { get; } = [];

    /// <summary>
    /// How far a delivery's timestamp may be from now, either way. Default 5 minutes (the SDK's assumption: Hero documents no tolerance).
    /// </summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What makes two deliveries the same event: the delivery (default; a re-signed retry is handled again) or the event
    /// itself (<c>event</c> + <c>id</c> + <c>practice_group_id</c>; a second real event with the same name and id within
    /// <see cref="Retention"/> is acknowledged without running the handlers). See <see cref="HeroWebhookDeduplication"/>.
    /// </summary>
    public HeroWebhookDeduplication Deduplication { get; set; } = HeroWebhookDeduplication.Delivery;

    /// <summary>
    /// How long a claim on an event holds without renewal (default 30 s). It is renewed every third of this while the
    /// handlers run, so it bounds only how long a crashed instance keeps an event from the others.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a completed event is remembered, so later copies are acknowledged without running the handlers. Default:
    /// twice <see cref="Tolerance"/> with <see cref="HeroWebhookDeduplication.Delivery"/> (an older copy is stale anyway),
    /// 7 days with <see cref="HeroWebhookDeduplication.Event"/>.
    /// </summary>
    public TimeSpan? Retention { get; set; }

    /// <summary>
    /// How long one handler may run for one attempt (default 5 minutes). After it, the handler's token is cancelled, the
    /// attempt counts as failed and the claim or lease is given up, so a hung handler cannot stall the endpoint or the
    /// inbox; a handler that ignores its token is left running (the health checks report it) and may finish its work
    /// while the retry runs it again — keep handlers idempotent and within this budget.
    /// </summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest body accepted, in bytes, with or without a <c>Content-Length</c> (default 64 KiB; Hero's events are a few hundred bytes).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    internal TimeSpan EffectiveRetention => Retention ?? (Deduplication == HeroWebhookDeduplication.Event ? TimeSpan.FromDays(7) : 2 * Tolerance);

    internal IReadOnlyList<(WebhookEventType Type, Func<HeroWebhookEvent, IServiceProvider, CancellationToken, Task> Handler)> Handlers => _handlers;

    internal IReadOnlyList<Func<HeroWebhookEvent, IServiceProvider, CancellationToken, Task>> UnhandledHandlers => _unhandled;

    /// <summary>
    /// Runs <paramref name="handler"/> for every verified delivery of <paramref name="eventType"/>. Any event name works,
    /// including one this SDK version does not list (<c>new WebhookEventType("appointment.no-show")</c>).
    /// </summary>
    /// <param name="eventType">The event type.</param>
    /// <param name="handler">The work: the event, the request's services, the request's cancellation. Must be idempotent.
    /// Its id for the per-handler completion record is its position among this event type's delegates, so keep the
    /// registration order stable across instances and deployments.</param>
    /// <returns>These options.</returns>
    public HeroWebhookOptions On(WebhookEventType eventType, Func<HeroWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handlers.Add((eventType, handler));
        return this;
    }

    /// <summary>
    /// Runs <paramref name="handler"/> for a verified delivery that no handler of its event type (here or registered with
    /// <c>AddHeroWebhookHandler</c>) takes — typically an event Hero added after this SDK version.
    /// </summary>
    /// <param name="handler">The work: the event, the request's services, the request's cancellation. Must be idempotent.</param>
    /// <returns>These options.</returns>
    public HeroWebhookOptions OnUnhandled(Func<HeroWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _unhandled.Add(handler);
        return this;
    }

    /// <summary>Describes the options without the signing keys.</summary>
    /// <returns>For example <c>HeroWebhookOptions(SigningKeys=2 (***), Tolerance=300 s, MaxBodyBytes=65536, Deduplication=Delivery, Lease=30 s, Retention=600 s, HandlerTimeout=300 s)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"HeroWebhookOptions(SigningKeys={SigningKeys.Count} (***), Tolerance={Tolerance.TotalSeconds:0} s, MaxBodyBytes={MaxBodyBytes}, Deduplication={Deduplication}, Lease={Lease.TotalSeconds:0} s, Retention={EffectiveRetention.TotalSeconds:0} s, HandlerTimeout={HandlerTimeout.TotalSeconds:0.###} s)");
}
