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
    // How long a fencing number and completed handlers outlive the last claim: longer than any retention allows.
    private static readonly TimeSpan Keep = TimeSpan.FromDays(91);

    // Server time in milliseconds, so leases and due times agree whatever the instances' clocks say.
    private const string Now = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n";

    private static readonly LuaScript Renew = LuaScript.Prepare(
        "if redis.call('GET', @key) == @owner then return redis.call('PEXPIRE', @key, @lease) else return 0 end");

    private static readonly LuaScript Release = LuaScript.Prepare(
        "if redis.call('GET', @key) == @owner then return redis.call('DEL', @key) else return 0 end");

    // The fencing number and the completed handlers live beside the claim and outlive a released or expired one.
    private static readonly LuaScript Claim = LuaScript.Prepare("""
        local v = redis.call('GET', @key)
        if v then if v == 'completed' then return {'completed'} else return {'held'} end end
        local fence = redis.call('INCR', @fence)
        redis.call('PEXPIRE', @fence, @keep)
        redis.call('SET', @key, @owner, 'PX', @lease)
        local result = {'acquired', tostring(fence)}
        for _, h in ipairs(redis.call('SMEMBERS', @done)) do result[#result + 1] = h end
        return result
        """);

    private static readonly LuaScript CompleteHandler = LuaScript.Prepare("""
        if redis.call('GET', @key) ~= @owner then return 0 end
        redis.call('SADD', @done, @handler)
        redis.call('PEXPIRE', @done, @keep)
        return 1
        """);

    private static readonly LuaScript Complete = LuaScript.Prepare("""
        if redis.call('GET', @key) ~= @owner then return 0 end
        redis.call('SET', @key, 'completed', 'PX', @retention)
        redis.call('DEL', @done)
        return 1
        """);

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
        local fence = redis.call('HINCRBY', item, 'fence', 1)
        redis.call('HSET', item, 'owner', @owner)
        local f = redis.call('HMGET', item, 'payload', 'received', 'error')
        local result = {id, f[1] or '', tostring(attempts), f[2] or '0', f[3] or '', tostring(fence)}
        for _, h in ipairs(redis.call('SMEMBERS', item .. ':done')) do result[#result + 1] = h end
        return result
        """);

    private static readonly LuaScript CompleteItemHandler = LuaScript.Prepare("""
        if redis.call('HGET', @item, 'owner') ~= @owner or redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('SADD', @done, @handler)
        return 1
        """);

    private static readonly LuaScript RenewLease = LuaScript.Prepare(Now + """
        if redis.call('HGET', @item, 'owner') ~= @owner or redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('ZADD', @due, now + tonumber(@lease), @id)
        return 1
        """);

    private static readonly LuaScript CompleteItem = LuaScript.Prepare("""
        if redis.call('HGET', @item, 'owner') ~= @owner or redis.call('HGET', @item, 'state') ~= 'pending' then return 0 end
        redis.call('ZREM', @due, @id)
        redis.call('DEL', @done)
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

    private static readonly LuaScript Count = LuaScript.Prepare(Now + """
        local oldest = redis.call('ZRANGEBYSCORE', @due, '-inf', now, 'WITHSCORES', 'LIMIT', 0, 1)
        local age = 0
        if #oldest == 2 then age = now - tonumber(oldest[2]) end
        return {redis.call('ZCARD', @due), redis.call('ZCARD', @dead), age}
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
        var f = (RedisValue[])(await Db.ScriptEvaluateAsync(Claim, new
        {
            key = ClaimKey(eventKey),
            fence = (RedisKey)(_options.KeyPrefix + "fence:" + eventKey),
            done = DoneKey(eventKey),
            owner = claim.Owner,
            lease = Ms(lease),
            keep = Ms(Keep),
        }).ConfigureAwait(false))!;
        return (string?)f[0] switch
        {
            "acquired" => claim with { FencingToken = (long)f[1], CompletedHandlers = f.Skip(2).Select(h => (string)h!).ToArray() },
            "completed" => claim with { Owner = string.Empty, Status = HeroWebhookClaimStatus.Completed },
            _ => claim with { Owner = string.Empty, Status = HeroWebhookClaimStatus.HeldElsewhere },
        };
    }

    /// <inheritdoc />
    public async ValueTask<bool> RenewAsync(HeroWebhookClaim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (long)await Db.ScriptEvaluateAsync(Renew, new { key = ClaimKey(claim.EventKey), owner = claim.Owner, lease = Ms(lease) }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteHandlerAsync(HeroWebhookClaim claim, string handlerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrEmpty(handlerId);
        return (long)await Db.ScriptEvaluateAsync(CompleteHandler, new { key = ClaimKey(claim.EventKey), done = DoneKey(claim.EventKey), owner = claim.Owner, handler = handlerId, keep = Ms(Keep) }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteAsync(HeroWebhookClaim claim, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (long)await Db.ScriptEvaluateAsync(Complete, new { key = ClaimKey(claim.EventKey), done = DoneKey(claim.EventKey), owner = claim.Owner, retention = Ms(retention) }).ConfigureAwait(false) == 1;
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
        return new HeroWebhookInboxItem(f[0]!, owner, f[1]!, (int)f[2], DateTimeOffset.FromUnixTimeMilliseconds((long)f[3]), f[4].IsNullOrEmpty ? null : (string?)f[4])
        {
            FencingToken = (long)f[5],
            CompletedHandlers = f.Skip(6).Select(h => (string)h!).ToArray(),
        };
    }

    /// <inheritdoc />
    public async ValueTask<bool> RenewAsync(HeroWebhookInboxItem item, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (long)await Db.ScriptEvaluateAsync(RenewLease, new { item = ItemKey(item.EventKey), due = _due, id = item.EventKey, owner = item.Owner, lease = Ms(lease) }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteHandlerAsync(HeroWebhookInboxItem item, string handlerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(handlerId);
        return (long)await Db.ScriptEvaluateAsync(CompleteItemHandler, new { item = ItemKey(item.EventKey), done = ItemDoneKey(item.EventKey), owner = item.Owner, handler = handlerId }).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteAsync(HeroWebhookInboxItem item, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (long)await Db.ScriptEvaluateAsync(CompleteItem, new { item = ItemKey(item.EventKey), done = ItemDoneKey(item.EventKey), due = _due, id = item.EventKey, owner = item.Owner, retention = Ms(retention) }).ConfigureAwait(false) == 1;
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
        // A leased event's score is its lease's end, so the oldest score at or before now is the longest-waiting due event.
        var f = (RedisValue[])(await Db.ScriptEvaluateAsync(Count, new { due = _due, dead = _dead }).ConfigureAwait(false))!;
        return new HeroWebhookInboxCounts((long)f[0], (long)f[1], TimeSpan.FromMilliseconds(Math.Max(0, (long)f[2])));
    }

    /// <inheritdoc />
    public async ValueTask CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await HeroWebhookStoreProbe.ProveAsync(this, cancellationToken).ConfigureAwait(false);
            _ = await CountAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex)
        {
            // NOPERM (an ACL without the commands or keys) or WRONGTYPE (the prefix holds other data).
            throw new HeroWebhookStoreConfigurationException(
                $"{this} cannot work with this Redis user or data ({ex.Message}). Allow the commands GET, SET, DEL, INCR, PEXPIRE, SADD, SMEMBERS, the Z*/H* commands and EVALSHA on keys starting with the prefix.", ex);
        }
    }

    /// <summary>Describes the store by its key prefix (never the connection's configuration).</summary>
    /// <returns>For example <c>RedisHeroWebhookStore({hero-webhooks}:)</c>.</returns>
    public override string ToString() => "RedisHeroWebhookStore(" + _options.KeyPrefix + ")";

    private static long Ms(TimeSpan span) => Math.Max(1, (long)span.TotalMilliseconds);

    private RedisKey ClaimKey(string eventKey) => _options.KeyPrefix + "claim:" + eventKey;

    private RedisKey DoneKey(string eventKey) => _options.KeyPrefix + "done:" + eventKey;

    private RedisKey ItemKey(string eventKey) => _items + eventKey;

    // The Lua lease script derives the same name from the item's key.
    private RedisKey ItemDoneKey(string eventKey) => _items + eventKey + ":done";
}
