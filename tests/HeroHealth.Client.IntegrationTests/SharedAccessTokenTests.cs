using HeroHealth.Client.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// Elements tokens shared through HybridCache over one distributed cache by two application instances (two DI
/// containers): one mint for both, never a token past its expiry less the margin, the in-memory default otherwise.
/// </summary>
[TestFixture]
public class SharedAccessTokenTests
{
    [Test]
    public async Task Two_instances_share_one_minted_token_and_neither_serves_it_past_expiry_less_the_margin()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var fake = new FakeHero(new FakeHeroOptions { TimeProvider = clock });
        var shared = new SharedCache(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        var mints = 0;
        await using var a = Instance(fake, clock, shared, () => Interlocked.Increment(ref mints));
        await using var b = Instance(fake, clock, shared, () => Interlocked.Increment(ref mints));
        var atA = a.GetRequiredService<HeroAccessTokenProvider>();
        var atB = b.GetRequiredService<HeroAccessTokenProvider>();

        var first = await atA.GetTokenAsync();
        var second = await atB.GetTokenAsync();
        clock.Advance(HeroAccessTokenProvider.DocumentedLifetime - atA.RefreshMargin + TimeSpan.FromSeconds(1));
        var third = await atB.GetTokenAsync();
        var fourth = await atA.GetTokenAsync();

        Assert.That(atA, Is.TypeOf<HybridCacheHeroAccessTokenProvider>());
        Assert.That(second.Token, Is.EqualTo(first.Token), "instance B reused instance A's token");
        Assert.That(third.Token, Is.Not.EqualTo(first.Token), "past expiry less the margin it is replaced, whatever the cache held");
        Assert.That(fourth.Token, Is.EqualTo(third.Token));
        Assert.That(clock.GetUtcNow(), Is.LessThan(third.ExpiresAt - atA.RefreshMargin));
        Assert.That(mints, Is.EqualTo(2), "one mint per lifetime for both instances (4 without sharing)");
        Assert.That(third.ToString(), Does.Not.Contain(third.Token));
    }

    [Test]
    public void Without_a_hybrid_cache_the_registration_says_what_to_add()
    {
        using var fake = new FakeHero();
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = FakeHero.DefaultApiKey;
            o.PracticeGroupId = fake.PracticeGroupId;
            o.BaseAddress = FakeHero.BaseAddress;
        }).UseFakeHero(fake);
        services.AddHeroAccessTokenHybridCache();
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<HeroAccessTokenProvider>());

        Assert.That(ex!.Message, Does.Contain("AddHybridCache()"));
    }

    private static ServiceProvider Instance(FakeHero fake, TimeProvider clock, IDistributedCache shared, Action onMint)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton(shared);
        services.AddHybridCache();
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = FakeHero.DefaultApiKey;
            o.PracticeGroupId = fake.PracticeGroupId;
            o.BaseAddress = FakeHero.BaseAddress;
        }).ConfigureTransport(_ => new MintCounter(onMint) { InnerHandler = fake.CreateHandler() });
        services.AddHeroAccessTokenHybridCache();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Stands for Redis or SQL Server between the instances (HybridCache ignores a MemoryDistributedCache as its second
    /// level, since it would only duplicate the first).
    /// </summary>
    private sealed class SharedCache(IDistributedCache inner) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => inner.SetAsync(key, value, options, token);
    }

    private sealed class MintCounter(Action onMint) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal))
            {
                onMint();
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
