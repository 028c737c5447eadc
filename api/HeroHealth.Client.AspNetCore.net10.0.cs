namespace HeroHealth.Client
{
    public sealed class HeroWebhookInboxOptions
    {
        public HeroWebhookInboxOptions() { }
        public int Concurrency { get; set; }
        public System.TimeSpan FirstRetryDelay { get; set; }
        public System.TimeSpan Lease { get; set; }
        public int MaxAttempts { get; set; }
        public System.TimeSpan MaxRetryDelay { get; set; }
        public System.TimeSpan PollInterval { get; set; }
        public System.TimeSpan StallThreshold { get; set; }
        public override string ToString() { }
    }
    [System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
    public sealed class HeroWebhookOptions
    {
        public const string DefaultSectionName = "HeroWebhooks";
        public HeroWebhookOptions() { }
        public HeroHealth.Client.HeroWebhookDeduplication Deduplication { get; set; }
        public System.TimeSpan HandlerTimeout { get; set; }
        public System.TimeSpan Lease { get; set; }
        public int MaxBodyBytes { get; set; }
        public System.TimeSpan? Retention { get; set; }
        [Newtonsoft.Json.JsonIgnore]
        [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
        [System.Text.Json.Serialization.JsonIgnore]
        public System.Collections.Generic.IList<string> SigningKeys { get; }
        public System.TimeSpan Tolerance { get; set; }
        public HeroHealth.Client.HeroWebhookOptions On(HeroHealth.Client.WebhookEventType eventType, System.Func<HeroHealth.Client.HeroWebhookEvent, System.IServiceProvider, System.Threading.CancellationToken, System.Threading.Tasks.Task> handler) { }
        public HeroHealth.Client.HeroWebhookOptions OnUnhandled(System.Func<HeroHealth.Client.HeroWebhookEvent, System.IServiceProvider, System.Threading.CancellationToken, System.Threading.Tasks.Task> handler) { }
        public override string ToString() { }
    }
    public sealed class HybridCacheHeroAccessTokenProvider : HeroHealth.Client.HeroAccessTokenProvider
    {
        public HybridCacheHeroAccessTokenProvider(HeroHealth.Client.HeroHealthClient hero, Microsoft.Extensions.Caching.Hybrid.HybridCache cache, System.TimeSpan? refreshMargin = default, System.TimeProvider? timeProvider = null) { }
        public override System.Threading.Tasks.Task<HeroHealth.Client.HeroAccessToken> GetTokenAsync(string? practiceGroupId, System.Threading.CancellationToken cancellationToken = default) { }
        public override void Invalidate(string? practiceGroupId = null) { }
    }
    public interface IHeroWebhookHandler
    {
        System.Threading.Tasks.Task HandleAsync(HeroHealth.Client.HeroWebhookEvent webhookEvent, System.Threading.CancellationToken cancellationToken);
    }
}
namespace Microsoft.AspNetCore.Builder
{
    public static class HeroWebhookEndpointRouteBuilderExtensions
    {
        public static Microsoft.AspNetCore.Builder.RouteHandlerBuilder MapHeroWebhooks(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern = "/hero/webhooks") { }
    }
}
namespace Microsoft.Extensions.DependencyInjection
{
    public static class HeroAccessTokenServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroAccessTokenHybridCache(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.TimeSpan? refreshMargin = default) { }
    }
    public static class HeroHealthChecksBuilderExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder AddHeroHealth(this Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder builder, string name = "hero", string? clientName = null, System.TimeSpan? cacheFor = default, System.Collections.Generic.IEnumerable<string>? tags = null, System.TimeSpan? timeout = default) { }
        public static Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder AddHeroWebhookInbox(this Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder builder, string name = "hero-webhook-inbox", System.TimeSpan? budget = default, System.Collections.Generic.IEnumerable<string>? tags = null) { }
        public static Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder AddHeroWebhookStore(this Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder builder, string name = "hero-webhook-store", System.TimeSpan? budget = default, System.Collections.Generic.IEnumerable<string>? tags = null) { }
    }
    public static class HeroWebhookServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroWebhookHandler<THandler>(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, HeroHealth.Client.WebhookEventType eventType)
            where THandler :  class, HeroHealth.Client.IHeroWebhookHandler { }
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroWebhookInbox(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Action<HeroHealth.Client.HeroWebhookInboxOptions>? configure = null) { }
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroWebhooks(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Action<HeroHealth.Client.HeroWebhookOptions> configure) { }
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroWebhooks(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, System.Action<HeroHealth.Client.HeroWebhookOptions>? configure = null) { }
    }
}