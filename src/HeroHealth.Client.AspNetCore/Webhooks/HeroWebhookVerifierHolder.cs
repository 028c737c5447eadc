using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>The endpoint's one verifier (its replay memory must outlive requests), built from the validated options.</summary>
internal sealed class HeroWebhookVerifierHolder(IOptions<HeroWebhookOptions> options, IHeroWebhookReplayStore replays, TimeProvider? timeProvider = null)
{
    private readonly Lazy<HeroWebhookVerifier> _verifier = new(() =>
        new HeroWebhookVerifier(options.Value.SigningKeys, options.Value.Tolerance, timeProvider ?? TimeProvider.System, replays));

    public HeroWebhookVerifier Verifier => _verifier.Value;
}
