using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// Mints and caches Elements access tokens (<c>POST /v1/access_token</c>) per practice group. Tokens are reused
/// until <see cref="RefreshMargin"/> before they expire; concurrent callers on a cold or stale cache share a single
/// upstream call; a failed mint is not cached. Register one per application (it is thread-safe).
/// </summary>
public class HeroAccessTokenProvider
{
    /// <summary>Hero's documented lifetime, used when the JWT carries no readable <c>exp</c>.</summary>
    public static readonly TimeSpan DocumentedLifetime = TimeSpan.FromMinutes(30);

    private readonly HeroHealthClient _hero;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Creates the provider.</summary>
    /// <param name="hero">The client whose key mints the tokens (its practice group is the default).</param>
    /// <param name="refreshMargin">Refresh this long before expiry (default 5 minutes).</param>
    /// <param name="timeProvider">Clock (tests); the system clock by default.</param>
    public HeroAccessTokenProvider(HeroHealthClient hero, TimeSpan? refreshMargin = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(hero);
        _hero = hero;
        RefreshMargin = refreshMargin ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThan(RefreshMargin, TimeSpan.Zero, nameof(refreshMargin));
        _clock = timeProvider ?? HeroClock.Of(hero.PracticeGroup);
    }

    /// <summary>How long before expiry a token is replaced.</summary>
    public TimeSpan RefreshMargin { get; }

    /// <summary>Gets a token for the client's practice group.</summary>
    /// <inheritdoc cref="GetTokenAsync(string?, CancellationToken)"/>
    public virtual Task<HeroAccessToken> GetTokenAsync(CancellationToken cancellationToken = default) => GetTokenAsync(null, cancellationToken);

    /// <summary>Gets a token for another practice group of the network (or the client's own when null).</summary>
    /// <param name="practiceGroupId">The practice group (digits); the client's own when null.</param>
    /// <param name="cancellationToken">Stops this caller waiting (the shared mint carries on for the others).</param>
    /// <returns>A token valid for at least the refresh margin, when Hero's lifetime allows.</returns>
    public virtual async Task<HeroAccessToken> GetTokenAsync(string? practiceGroupId, CancellationToken cancellationToken = default)
    {
        var group = practiceGroupId ?? _hero.PracticeGroupId;
        HeroIds.Validate(group, nameof(practiceGroupId), "practice group id");
        var entry = _entries.GetOrAdd(group, static _ => new Entry());

        var cached = Volatile.Read(ref entry.Token);
        if (IsFresh(cached))
        {
            return cached!;
        }

        Task<HeroAccessToken> pending;
        lock (entry)
        {
            cached = entry.Token;
            if (IsFresh(cached))
            {
                return cached!;
            }

            // Single flight: the first caller starts the mint, everyone else awaits the same task.
            if (entry.Pending is null || entry.Pending.IsCompleted)
            {
                // A completed task here is a mint that failed synchronously: never hand out a cached failure.
                entry.Pending = MintAsync(group, entry);
                // Every waiter may have given up (their own tokens) before a mint fails: observe the failure here so
                // it never surfaces as TaskScheduler.UnobservedTaskException.
                entry.Pending.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            pending = entry.Pending;
        }

        return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the cached token of a practice group (e.g. after Hero rejected it).</summary>
    /// <param name="practiceGroupId">The practice group; the client's own when null.</param>
    public virtual void Invalidate(string? practiceGroupId = null)
    {
        if (_entries.TryGetValue(practiceGroupId ?? _hero.PracticeGroupId, out var entry))
        {
            Volatile.Write(ref entry.Token, null);
        }
    }

    /// <summary>Reads <c>exp</c> from a JWT's payload without validating it (Hero validates its own tokens).</summary>
    /// <param name="jwt">The token.</param>
    /// <returns>The expiry, or null when the token has no readable <c>exp</c>.</returns>
    public static DateTimeOffset? ReadExpiry(string jwt)
    {
        var parts = jwt?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            var json = JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json["exp"] is JValue { Type: JTokenType.Integer or JTokenType.Float } exp
                ? DateTimeOffset.FromUnixTimeSeconds((long)(double)exp)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or Newtonsoft.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The client whose key mints the tokens.</summary>
    internal HeroHealthClient Client => _hero;

    /// <summary>Whether a token may still be handed out: before its expiry less the refresh margin.</summary>
    internal bool IsFresh(HeroAccessToken? token) => token is not null && _clock.GetUtcNow() < token.ExpiresAt - MarginFor(token);

    /// <summary>A margin larger than half the lifetime would refresh on every call; cap it.</summary>
    private TimeSpan MarginFor(HeroAccessToken token)
    {
        var lifetime = token.ExpiresAt - token.IssuedAtHint;
        var half = TimeSpan.FromTicks(lifetime.Ticks / 2);
        return lifetime > TimeSpan.Zero && RefreshMargin > half ? half : RefreshMargin;
    }

    private async Task<HeroAccessToken> MintAsync(string group, Entry entry)
    {
        try
        {
            // Not tied to the first caller's token: one caller giving up must not fail the others.
            var client = group == _hero.PracticeGroupId ? _hero : _hero.ForPracticeGroup(group);
            var issuedAt = _clock.GetUtcNow();
            var response = await client.PracticeGroup.CreateAccessTokenAsync(CancellationToken.None).ConfigureAwait(false);
            if (string.IsNullOrEmpty(response?.AccessToken))
            {
                throw new HeroHealthResponseShapeException("Hero answered createAccessToken without an access_token.", HeroOperation.Find("createAccessToken"), null, null);
            }

            var token = new HeroAccessToken(response.AccessToken, ReadExpiry(response.AccessToken) ?? issuedAt + DocumentedLifetime, group) { IssuedAtHint = issuedAt };
            Volatile.Write(ref entry.Token, token);
            return token;
        }
        finally
        {
            lock (entry)
            {
                entry.Pending = null; // a failure is not cached: the next caller mints again
            }
        }
    }

    private sealed class Entry
    {
#pragma warning disable SA1401, CA1051 // fields for Volatile/lock access
        public HeroAccessToken? Token;
        public Task<HeroAccessToken>? Pending;
#pragma warning restore SA1401, CA1051
    }
}
