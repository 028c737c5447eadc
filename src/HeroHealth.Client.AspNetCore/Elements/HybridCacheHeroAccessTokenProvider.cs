#if NET9_0_OR_GREATER
using System.Globalization;
using Microsoft.Extensions.Caching.Hybrid;

namespace HeroHealth.Client;

/// <summary>
/// Elements access tokens shared by every instance of the application through <see cref="HybridCache"/> over its
/// distributed cache (Redis, SQL Server…): one mint per practice group and key for the whole fleet instead of one per
/// instance. A token is never handed out past its expiry less the refresh margin, whatever the cache holds; a stale
/// entry is replaced. Register it with <c>services.AddHeroAccessTokenHybridCache()</c> after <c>AddHybridCache()</c>.
/// </summary>
/// <remarks>
/// The token is a credential and is stored in your distributed cache: protect that cache as you protect secrets. Cache
/// keys name the practice group and a fingerprint of the API key (a hash prefix), never the key. Nothing is logged.
/// </remarks>
public sealed class HybridCacheHeroAccessTokenProvider : HeroAccessTokenProvider
{
    private readonly HybridCache _cache;

    /// <summary>Creates the provider.</summary>
    /// <param name="hero">The client whose key mints the tokens (its practice group is the default).</param>
    /// <param name="cache">The application's hybrid cache.</param>
    /// <param name="refreshMargin">Refresh this long before expiry (default 5 minutes).</param>
    /// <param name="timeProvider">Clock (tests); the client's clock by default.</param>
    public HybridCacheHeroAccessTokenProvider(HeroHealthClient hero, HybridCache cache, TimeSpan? refreshMargin = null, TimeProvider? timeProvider = null)
        : base(hero, refreshMargin, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
    }

    /// <inheritdoc />
    public override async Task<HeroAccessToken> GetTokenAsync(string? practiceGroupId, CancellationToken cancellationToken = default)
    {
        var group = practiceGroupId ?? Client.PracticeGroupId;
        HeroIds.Validate(group, nameof(practiceGroupId), "practice group id");
        var key = CacheKey(group);
        // Entries outlive no token of Hero's documented lifetime; a shorter-lived one is caught by the freshness check.
        var lifetime = DocumentedLifetime - RefreshMargin;
        var entry = new HybridCacheEntryOptions { Expiration = lifetime, LocalCacheExpiration = lifetime };
        // 1: this instance's copy; 2: the shared copy (another instance may have replaced a stale one since);
        // 3: neither is fresh, so replace it for everyone.
        HybridCacheEntryOptions[] tries = [entry, new() { Expiration = lifetime, LocalCacheExpiration = lifetime, Flags = HybridCacheEntryFlags.DisableLocalCacheRead }, entry];
        for (var attempt = 0; attempt < tries.Length; attempt++)
        {
            if (attempt == 2)
            {
                await _cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false); // stale everywhere: never served, replaced
            }

            var cached = await _cache.GetOrCreateAsync(
                key,
                (Provider: this, Group: group),
                static async (state, ct) => Encode(await state.Provider.MintAsync(state.Group, ct).ConfigureAwait(false)),
                tries[attempt],
                cancellationToken: cancellationToken).ConfigureAwait(false);
            if (Decode(cached, group) is { } token && IsFresh(token))
            {
                return token;
            }
        }

        return await MintAsync(group, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override void Invalidate(string? practiceGroupId = null)
    {
        base.Invalidate(practiceGroupId);
        var key = CacheKey(practiceGroupId ?? Client.PracticeGroupId);
        _ = _cache.RemoveAsync(key).AsTask().ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    // One entry per API key (a hash prefix, never the key) and practice group.
    private string CacheKey(string group) => "herohealth:elements-token:" + Client.KeyFingerprint + ":" + group;

    // The in-memory single flight of the base class: concurrent misses on one instance mint once.
    private Task<HeroAccessToken> MintAsync(string group, CancellationToken cancellationToken) => base.GetTokenAsync(group, cancellationToken);

    private static string Encode(HeroAccessToken token) => string.Create(CultureInfo.InvariantCulture,
        $"{token.ExpiresAt.ToUnixTimeMilliseconds()}\n{token.IssuedAtHint.ToUnixTimeMilliseconds()}\n{token.Token}");

    private static HeroAccessToken? Decode(string? text, string group)
    {
        var parts = text?.Split('\n', 3);
        return parts is { Length: 3 }
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            && parts[2].Length > 0
            ? new HeroAccessToken(parts[2], DateTimeOffset.FromUnixTimeMilliseconds(expires), group) { IssuedAtHint = DateTimeOffset.FromUnixTimeMilliseconds(issued) }
            : null;
    }
}
#endif
