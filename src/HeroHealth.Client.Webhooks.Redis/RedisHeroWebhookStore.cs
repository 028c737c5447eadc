using StackExchange.Redis;

namespace HeroHealth.Client;

/// <summary>
/// Webhook processing records and the durable inbox in Redis, shared by every instance of the receiver. A claim is
/// <c>SET key owner NX PX lease</c>; renew, release and complete check the owner inside Lua scripts, so a claim that
/// was lost changes nothing; a completed record is the value <c>completed</c> with the retention as its expiry.
/// </summary>
/// <remarks>
/// <para>The inbox keeps each event in a hash, its due time (or lease expiry) in a sorted set, and dead events in a
/// second sorted set; every move is one script, timed on the Redis server's clock. An event added to the inbox is as
/// durable as the server's persistence: with <c>appendonly yes</c> and <c>appendfsync everysec</c>, up to a second of
/// acknowledged events can be lost in a power failure — use <c>appendfsync always</c> or the PostgreSQL store where that
/// matters.</para>
/// <para>A Redis error is thrown as is (the endpoint answers 503, so Hero retries).</para>
/// </remarks>
public sealed class RedisHeroWebhookStore : IHeroWebhookStore, IHeroWebhookInbox
{
    private const string CompletedValue = "completed";

    // Server time in milliseconds, so leases and due times agree whatever the instances' clocks say.
    private const string Now = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n";

    private static readonly LuaScript Renew = LuaScript.Prepare(
        "if redis.call('GET', @key) == @owner then return redis.call('PEXPIRE', @key, @lease) else return 0 end");

    private static readonly LuaScript Release = LuaScript.Prepare(
        "if redis.call('GET', @key) == @owner then return redis.call('DEL', @key) else return 0 end");

    private static readonly LuaScript Add = LuaScript.Prepare(Now + """
        if redis.call('EXISTS', @item) == 1 then return 0 end
        redis.call('HSET', @item, 'payload', @payload, 'attempts', 0, 'received', now, 'state', 'pending')
        redis.call('ZADD', @due, now, @id)
        return 1
        """);

    private static readonly LuaScript Lease = LuaScript.Prepare(Now + """
        local ids = redis.call('ZRANGEBYSCORE', @due, '-inf', now, 'LIMIT', 0, 1)
        if #ids == 0 then return false end
        local id = ids[1]
        local item = @items .. id
        redis.call('ZADD', @due, now + tonumber(@lease), id)
        local attempts = redis.call('HINCRBY', item, 'attempts', 1)
        redis.call('HSET', item, 'owner', @owner)
        local f = redis.call('HMGET', item, 'payload', 'received', 'error')
        return {id, f[1] or '', tostring(attempts), f[2] or '0', f[3] or ''}
        """);

    private static readonly LuaScript RenewLease = LuaScript.Prepare(Now + """
        if redis.call('HGET', @item, 'owner') ~= @owner or redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('ZADD', @due, now + tonumber(@lease), @id)
        return 1
        """);

    private static readonly LuaScript CompleteItem = LuaScript.Prepare("""
        if redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('ZREM', @due, @id)
        redis.call('HDEL', @item, 'payload', 'owner', 'error')
        redis.call('HSET', @item, 'state', 'completed')
        redis.call('PEXPIRE', @item, @retention)
        return 1
        """);

    private static readonly LuaScript Retry = LuaScript.Prepare("""
        if redis.call('HGET', @item, 'owner') ~= @owner or redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('ZADD', @due, @at, @id)
        redis.call('HDEL', @item, 'owner')
        redis.call('HSET', @item, 'error', @error)
        return 1
        """);

    private static readonly LuaScript Bury = LuaScript.Prepare("""
        if redis.call('HGET', @item, 'owner') ~= @owner or redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('ZREM', @due, @id)
        redis.call('ZADD', @dead, tonumber(redis.call('HGET', @item, 'received') or '0'), @id)
        redis.call('HDEL', @item, 'owner')
        redis.call('HSET', @item, 'state', 'dead', 'error', @error)
        return 1
        """);

    private static readonly LuaScript Revive = LuaScript.Prepare(Now + """
        if redis.call('ZREM', @dead, @id) == 0 then return 0 end
        redis.call('HSET', @item, 'state', 'pending', 'attempts', 0)
        redis.call('HDEL', @item, 'error')
        redis.call('ZADD', @due, now, @id)
        return 1
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisHeroWebhookStoreOptions _options;
    private readonly RedisKey _due;
    private readonly RedisKey _dead;
    private readonly string _items;

    /// <summary>Creates a store over a connection the application owns.</summary>
    /// <param name="redis">The Redis connection.</param>
    /// <param name="options">Key prefix and database; defaults when null.</param>
    public RedisHeroWebhookStore(IConnectionMultiplexer redis, RedisHeroWebhookStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = options ?? new RedisHeroWebhookStoreOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(_options.KeyPrefix, nameof(options));
        _due = _options.KeyPrefix + "inbox:due";
        _dead = _options.KeyPrefix + "inbox:dead";
        _items = _options.KeyPrefix + "inbox:item:";
    }

    private IDatabase Db => _redis.GetDatabase(_options.Database);

    /// <inheritdoc />
    public async ValueTask<HeroWebhookClaim> ClaimAsync(string eventKey, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        var claim = HeroWebhookClaim.NewOwner(eventKey);
        var key = ClaimKey(eventKey);
        var db = Db;
        // Twice at most: a holder can release between our SET and GET, leaving nothing to read.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await db.StringSetAsync(key, claim.Owner, lease, When.NotExists).ConfigureAwait(false))
            {
                return claim;
            }

            var value = await db.StringGetAsync(key).ConfigureAwait(false);
            if (value.HasValue)
            {
                return claim with { Owner = string.Empty, Status = value == CompletedValue ? HeroWebhookClaimStatus.Completed : HeroWebhookClaimStatus.HeldElsewhere };
            }
        }

        return claim with { Owner = string.Empty, Status = HeroWebhookClaimStatus.HeldElsewhere };
    }

    /// <inheritdoc />
    public async ValueTask<bool> RenewAsync(HeroWebhookClaim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (long)await Db.ScriptEvaluateAsync(Renew, new { key = ClaimKey(claim.EventKey), owner = claim.Owner, lease = Ms(lease) }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(HeroWebhookClaim claim, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await Db.StringSetAsync(ClaimKey(claim.EventKey), CompletedValue, retention).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(HeroWebhookClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await Db.ScriptEvaluateAsync(Release, new { key = ClaimKey(claim.EventKey), owner = claim.Owner }).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> AddAsync(string eventKey, string payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        ArgumentNullException.ThrowIfNull(payload);
        return (long)await Db.ScriptEvaluateAsync(Add, new { item = ItemKey(eventKey), due = _due, id = eventKey, payload }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<HeroWebhookInboxItem?> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
        var result = await Db.ScriptEvaluateAsync(Lease, new { due = _due, items = _items, lease = Ms(lease), owner }).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var f = (RedisValue[])result!;
        return new HeroWebhookInboxItem(f[0]!, owner, f[1]!, (int)f[2], DateTimeOffset.FromUnixTimeMilliseconds((long)f[3]), f[4].IsNullOrEmpty ? null : (string?)f[4]);
    }

    /// <inheritdoc />
    public async ValueTask<bool> RenewAsync(HeroWebhookInboxItem item, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (long)await Db.ScriptEvaluateAsync(RenewLease, new { item = ItemKey(item.EventKey), due = _due, id = item.EventKey, owner = item.Owner, lease = Ms(lease) }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(HeroWebhookInboxItem item, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await Db.ScriptEvaluateAsync(CompleteItem, new { item = ItemKey(item.EventKey), due = _due, id = item.EventKey, retention = Ms(retention) }).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask FailAsync(HeroWebhookInboxItem item, DateTimeOffset? retryAt, string failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(failure);
        var common = (item: ItemKey(item.EventKey), id: item.EventKey, owner: item.Owner, error: failure);
        await (retryAt is { } at
            ? Db.ScriptEvaluateAsync(Retry, new { common.item, due = _due, common.id, common.owner, common.error, at = at.ToUnixTimeMilliseconds() })
            : Db.ScriptEvaluateAsync(Bury, new { common.item, due = _due, dead = _dead, common.id, common.owner, common.error })).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<HeroWebhookInboxItem>> ListDeadAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var db = Db;
        var items = new List<HeroWebhookInboxItem>();
        foreach (var id in await db.SortedSetRangeByRankAsync(_dead, 0, max - 1).ConfigureAwait(false))
        {
            var f = await db.HashGetAsync(ItemKey(id!), ["payload", "attempts", "received", "error"]).ConfigureAwait(false);
            items.Add(new HeroWebhookInboxItem(id!, string.Empty, f[0].IsNull ? string.Empty : (string)f[0]!, (int)f[1],
                DateTimeOffset.FromUnixTimeMilliseconds((long)f[2]), f[3].IsNullOrEmpty ? null : (string?)f[3]));
        }

        return items;
    }

    /// <inheritdoc />
    public async ValueTask<bool> ReplayAsync(string eventKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        return (long)await Db.ScriptEvaluateAsync(Revive, new { item = ItemKey(eventKey), due = _due, dead = _dead, id = eventKey }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<HeroWebhookInboxCounts> CountAsync(CancellationToken cancellationToken)
    {
        var db = Db;
        var pending = db.SortedSetLengthAsync(_due);
        var dead = db.SortedSetLengthAsync(_dead);
        return new HeroWebhookInboxCounts(await pending.ConfigureAwait(false), await dead.ConfigureAwait(false));
    }

    /// <summary>Describes the store by its key prefix (never the connection's configuration).</summary>
    /// <returns>For example <c>RedisHeroWebhookStore({hero-webhooks}:)</c>.</returns>
    public override string ToString() => "RedisHeroWebhookStore(" + _options.KeyPrefix + ")";

    private static long Ms(TimeSpan span) => Math.Max(1, (long)span.TotalMilliseconds);

    private RedisKey ClaimKey(string eventKey) => _options.KeyPrefix + "claim:" + eventKey;

    private RedisKey ItemKey(string eventKey) => _items + eventKey;
}
