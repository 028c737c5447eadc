namespace HeroHealth.Client
{
    public sealed class RedisHeroWebhookStore : HeroHealth.Client.IHeroWebhookInbox, HeroHealth.Client.IHeroWebhookStore
    {
        public RedisHeroWebhookStore(StackExchange.Redis.IConnectionMultiplexer redis, HeroHealth.Client.RedisHeroWebhookStoreOptions? options = null) { }
        public System.Threading.Tasks.ValueTask<bool> AddAsync(string eventKey, string payload, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask CheckAsync(System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookClaim> ClaimAsync(string eventKey, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> CompleteAsync(HeroHealth.Client.HeroWebhookClaim claim, System.TimeSpan retention, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> CompleteAsync(HeroHealth.Client.HeroWebhookInboxItem item, System.TimeSpan retention, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> CompleteHandlerAsync(HeroHealth.Client.HeroWebhookClaim claim, string handlerId, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> CompleteHandlerAsync(HeroHealth.Client.HeroWebhookInboxItem item, string handlerId, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookInboxCounts> CountAsync(System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask FailAsync(HeroHealth.Client.HeroWebhookInboxItem item, System.DateTimeOffset? retryAt, string failure, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookInboxItem?> LeaseAsync(System.TimeSpan lease, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.HeroWebhookInboxItem>> ListDeadAsync(int max, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask ReleaseAsync(HeroHealth.Client.HeroWebhookClaim claim, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> RenewAsync(HeroHealth.Client.HeroWebhookClaim claim, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> RenewAsync(HeroHealth.Client.HeroWebhookInboxItem item, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> ReplayAsync(string eventKey, System.Threading.CancellationToken cancellationToken) { }
        public override string ToString() { }
    }
    public sealed class RedisHeroWebhookStoreOptions
    {
        public RedisHeroWebhookStoreOptions() { }
        public int Database { get; set; }
        public string KeyPrefix { get; set; }
        public override string ToString() { }
    }
}
namespace Microsoft.Extensions.DependencyInjection
{
    public static class HeroWebhookRedisServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroWebhookRedisStore(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Func<System.IServiceProvider, StackExchange.Redis.IConnectionMultiplexer> connection, System.Action<HeroHealth.Client.RedisHeroWebhookStoreOptions>? configure = null) { }
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddHeroWebhookRedisStore(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string configuration, System.Action<HeroHealth.Client.RedisHeroWebhookStoreOptions>? configure = null) { }
    }
}