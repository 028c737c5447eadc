using HeroHealth.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds a Hero Health API health check.</summary>
public static class HeroHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that Hero answers for the registered client (<c>GET v1/capabilities</c>), caching the result for
    /// <paramref name="cacheFor"/> (default 30 seconds). Healthy on success, degraded on 429/5xx/timeouts/network
    /// errors, unhealthy on 401/403. A probe makes one attempt (no retries) and answers within <paramref name="timeout"/>
    /// (default 3 seconds) however Hero behaves; concurrent probes share the call in flight.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name (default <c>hero</c>).</param>
    /// <param name="clientName">The <c>AddHeroHealthClient</c> registration to check; the default one when null.</param>
    /// <param name="cacheFor">How long an answer is reused.</param>
    /// <param name="tags">Tags for filtering (e.g. <c>"ready"</c>).</param>
    /// <param name="timeout">The probe's budget: its one attempt is cut off then and reported as degraded.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddHeroHealth(this IHealthChecksBuilder builder, string name = "hero", string? clientName = null, TimeSpan? cacheFor = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var cache = cacheFor ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThan(cache, TimeSpan.Zero, nameof(cacheFor));
        var budget = timeout ?? TimeSpan.FromSeconds(3);
        if (budget <= TimeSpan.Zero || budget > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), budget, "The probe's timeout must be positive and at most one minute.");
        }

        // One singleton per check name, so the cached answer survives between probes.
        var key = "HeroHealth.Client.HealthCheck:" + name;
        builder.Services.AddKeyedSingleton(key, (sp, _) =>
            new HeroHealthCheck(sp.GetRequiredService<IHeroHealthClientFactory>(), clientName, cache, budget, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder.Add(new HealthCheckRegistration(name, sp => sp.GetRequiredKeyedService<HeroHealthCheck>(key), failureStatus: null, tags));
    }

    /// <summary>
    /// Reports the durable webhook inbox (<c>AddHeroWebhookInbox</c>): healthy when the store proves it can claim and
    /// complete with its rights, no event is dead, the oldest due event has waited less than
    /// <see cref="HeroWebhookInboxOptions.StallThreshold"/> and no handler overran <see cref="HeroWebhookOptions.HandlerTimeout"/>
    /// in the last 15 minutes; degraded otherwise (replay dead events through <see cref="IHeroWebhookInbox"/> once the
    /// cause is fixed); unhealthy when the store does not answer within <paramref name="budget"/> (default 2 seconds)
    /// or cannot work with its rights. Counts and ages are in the result's data.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name (default <c>hero-webhook-inbox</c>).</param>
    /// <param name="budget">The longest the check waits for the store.</param>
    /// <param name="tags">Tags for filtering (e.g. <c>"ready"</c>).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddHeroWebhookInbox(this IHealthChecksBuilder builder, string name = "hero-webhook-inbox", TimeSpan? budget = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limit = budget ?? TimeSpan.FromSeconds(2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(budget));
        return builder.Add(new HealthCheckRegistration(name, sp => new HeroWebhookInboxHealthCheck(sp.GetRequiredService<IHeroWebhookInbox>(),
            sp.GetRequiredService<IHeroWebhookStore>(), sp.GetRequiredService<HeroWebhookHandlerMonitor>(), sp.GetRequiredService<IOptions<HeroWebhookInboxOptions>>(), limit), failureStatus: null, tags));
    }

    /// <summary>
    /// Reports the webhook processing store of <c>AddHeroWebhooks</c> (without the inbox): healthy when it proves it can
    /// claim and complete with its rights and no handler overran <see cref="HeroWebhookOptions.HandlerTimeout"/> in the
    /// last 15 minutes; degraded when one did (or still runs); unhealthy when the store does not answer within
    /// <paramref name="budget"/> (default 2 seconds) or cannot work with its rights.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name (default <c>hero-webhook-store</c>).</param>
    /// <param name="budget">The longest the check waits for the store.</param>
    /// <param name="tags">Tags for filtering (e.g. <c>"ready"</c>).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddHeroWebhookStore(this IHealthChecksBuilder builder, string name = "hero-webhook-store", TimeSpan? budget = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limit = budget ?? TimeSpan.FromSeconds(2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(budget));
        return builder.Add(new HealthCheckRegistration(name, sp => new HeroWebhookStoreHealthCheck(sp.GetRequiredService<IHeroWebhookStore>(),
            sp.GetRequiredService<HeroWebhookHandlerMonitor>(), limit), failureStatus: null, tags));
    }
}
