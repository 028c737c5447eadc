#if NET9_0_OR_GREATER
using HeroHealth.Client;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares Elements access tokens between the application's instances.</summary>
public static class HeroAccessTokenServiceCollectionExtensions
{
    /// <summary>
    /// Makes the registered <see cref="HeroAccessTokenProvider"/> a <see cref="HybridCacheHeroAccessTokenProvider"/>:
    /// tokens are minted once for every instance that shares the application's distributed cache, and never served past
    /// their expiry less the refresh margin. Needs <c>services.AddHybridCache()</c> (package
    /// Microsoft.Extensions.Caching.Hybrid) and, to share beyond one process, an <c>IDistributedCache</c> such as Redis.
    /// Without it the default in-memory provider (one mint per instance) stays.
    /// </summary>
    /// <param name="services">The service collection (with <c>AddHeroHealthClient</c>, before or after this call).</param>
    /// <param name="refreshMargin">Refresh this long before expiry (default 5 minutes).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroAccessTokenHybridCache(this IServiceCollection services, TimeSpan? refreshMargin = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<HeroAccessTokenProvider>(sp => new HybridCacheHeroAccessTokenProvider(
            sp.GetRequiredService<IHeroHealthClientFactory>().CreateClient(),
            sp.GetService<HybridCache>() ?? throw new InvalidOperationException(
                "AddHeroAccessTokenHybridCache needs a HybridCache: call services.AddHybridCache() (package Microsoft.Extensions.Caching.Hybrid) first."),
            refreshMargin,
            sp.GetService<TimeProvider>())));
        return services;
    }
}
#endif
