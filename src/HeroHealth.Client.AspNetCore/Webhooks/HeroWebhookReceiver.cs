using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>
/// The endpoint's singletons, built once from the validated options: the verifier (authenticity only; the processing
/// record replaces its replay memory), the processing store and, in inbox mode, the durable inbox.
/// </summary>
internal sealed class HeroWebhookReceiver(IOptions<HeroWebhookOptions> options, IServiceProvider services, TimeProvider? timeProvider = null)
{
    private readonly Lazy<HeroWebhookVerifier> _verifier = new(() =>
        new HeroWebhookVerifier(options.Value.SigningKeys, options.Value.Tolerance, timeProvider ?? TimeProvider.System));

    public HeroWebhookOptions Options => options.Value;

    public HeroWebhookVerifier Verifier => _verifier.Value;

    public TimeProvider Clock { get; } = timeProvider ?? TimeProvider.System;

    public HeroWebhookHandlerMonitor Monitor { get; } = services.GetRequiredService<HeroWebhookHandlerMonitor>();

    public IHeroWebhookStore Store { get; } = services.GetRequiredService<IHeroWebhookStore>();

    /// <summary>The durable inbox when <c>AddHeroWebhookInbox</c> was called; the endpoint then stores instead of handling.</summary>
    public IHeroWebhookInbox? Inbox { get; } = HeroWebhookInboxWorker.InboxOf(services);
}
