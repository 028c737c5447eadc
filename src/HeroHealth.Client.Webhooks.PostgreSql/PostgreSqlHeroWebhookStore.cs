using System.Globalization;
using Npgsql;

namespace HeroHealth.Client;

/// <summary>
/// Webhook processing records and the durable inbox in one PostgreSQL table, shared by every instance of the receiver.
/// Claims are one atomic <c>INSERT … ON CONFLICT … DO UPDATE … WHERE</c> (a claim is taken over only when its lease
/// has expired), leases and retention are measured on the database's clock (instances' clocks may differ), and the
/// inbox leases the oldest due event with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
/// <remarks>
/// The table is created on first use unless <see cref="PostgreSqlHeroWebhookStoreOptions.CreateTable"/> is off (then run
/// <see cref="CreateTableScript"/>). Completed records past their retention are deleted every few minutes, in batches.
/// A database error is thrown as is (the endpoint answers 503, so Hero retries).
/// </remarks>
public sealed class PostgreSqlHeroWebhookStore : IHeroWebhookStore, IHeroWebhookInbox
{
    private const short Pending = 0;
    private const short Completed = 1;
    private const short Dead = 2;
    private static readonly TimeSpan CleanupEvery = TimeSpan.FromMinutes(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlHeroWebhookStoreOptions _options;
    private readonly string _table;
    private readonly object _createGate = new();
    private Task? _creation;
    private long _nextCleanup;

    /// <summary>Creates a store over a data source (connection pool) the application owns.</summary>
    /// <param name="dataSource">The PostgreSQL data source.</param>
    /// <param name="options">Schema, table and creation; defaults when null.</param>
    public PostgreSqlHeroWebhookStore(NpgsqlDataSource dataSource, PostgreSqlHeroWebhookStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _options = options ?? new PostgreSqlHeroWebhookStoreOptions();
        _options.Validate();
        _dataSource = dataSource;
        _table = $"{_options.Schema}.{_options.Table}";
        _creation = _options.CreateTable ? null : Task.CompletedTask;
    }

    /// <summary>The SQL that creates the store's table and index (idempotent), for a migration.</summary>
    /// <param name="options">Schema and table; the defaults when null.</param>
    /// <returns>The script.</returns>
    public static string CreateTableScript(PostgreSqlHeroWebhookStoreOptions? options = null)
    {
        options ??= new PostgreSqlHeroWebhookStoreOptions();
        options.Validate();
        var table = $"{options.Schema}.{options.Table}";
        return $"""
            CREATE TABLE IF NOT EXISTS {table} (
                event_key   text PRIMARY KEY,
                state       smallint NOT NULL,        -- 0 pending or claimed, 1 completed, 2 dead (inbox)
                owner       text,                     -- the token of the claim or lease that holds it
                lease_until timestamptz,              -- the claim or lease holds until then
                due_at      timestamptz,              -- inbox: the next attempt is due then (null for a processing record)
                payload     text,                     -- inbox: the verified event until it is completed
                attempts    integer NOT NULL DEFAULT 0,
                fence       bigint NOT NULL DEFAULT 0, -- grows with every claim or lease: the holders' fencing number
                handlers    text[] NOT NULL DEFAULT ARRAY[]::text[], -- ids of the handlers that completed in an earlier attempt
                last_error  text,                     -- an exception type, never a message
                received_at timestamptz NOT NULL DEFAULT now(),
                expires_at  timestamptz               -- completed: the row may be deleted then
            );
            CREATE INDEX IF NOT EXISTS {options.Table}_due ON {table} (due_at) WHERE state = 0 AND due_at IS NOT NULL;
            CREATE INDEX IF NOT EXISTS {options.Table}_expires ON {table} (expires_at) WHERE state = 1;
            """;
    }

    /// <inheritdoc />
    public async ValueTask<HeroWebhookClaim> ClaimAsync(string eventKey, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var claim = HeroWebhookClaim.NewOwner(eventKey);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Taken over only when the holder's lease has run out or a completed record has expired; the row lock makes
        // concurrent claims wait and re-check the condition, so exactly one wins.
        // A released or expired claim keeps the handlers that completed; an expired completed record is a new event.
        await using (var command = Command(connection, $"""
            INSERT INTO {_table} AS t (event_key, state, owner, lease_until, fence) VALUES (@key, {Pending}, @owner, now() + @lease, 1)
            ON CONFLICT (event_key) DO UPDATE SET state = {Pending}, owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until, expires_at = NULL,
                fence = t.fence + 1, handlers = CASE WHEN t.state = {Completed} THEN ARRAY[]::text[] ELSE t.handlers END
              WHERE t.due_at IS NULL AND ((t.state = {Pending} AND t.lease_until <= now()) OR (t.state = {Completed} AND t.expires_at <= now()))
            RETURNING fence, handlers
            """, ("key", eventKey), ("owner", claim.Owner), ("lease", lease)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return claim with { FencingToken = reader.GetInt64(0), CompletedHandlers = reader.GetFieldValue<string[]>(1) };
            }
        }

        var state = await ScalarAsync(connection, $"SELECT state FROM {_table} WHERE event_key = @key", cancellationToken, ("key", eventKey)).ConfigureAwait(false);
        return claim with { Owner = string.Empty, Status = state is short s && s == Completed ? HeroWebhookClaimStatus.Completed : HeroWebhookClaimStatus.HeldElsewhere };
    }

    /// <inheritdoc />
    public async ValueTask<bool> RenewAsync(HeroWebhookClaim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await RenewLeaseAsync(claim.EventKey, claim.Owner, lease, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteHandlerAsync(HeroWebhookClaim claim, string handlerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await CompleteHandlerAsync(claim.EventKey, claim.Owner, handlerId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteAsync(HeroWebhookClaim claim, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await ExecuteAsync($"""
            UPDATE {_table} SET state = {Completed}, owner = NULL, lease_until = NULL, handlers = ARRAY[]::text[], expires_at = now() + @retention
            WHERE event_key = @key AND owner = @owner AND state = {Pending} AND due_at IS NULL
            """, cancellationToken, ("key", claim.EventKey), ("owner", claim.Owner), ("retention", retention)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(HeroWebhookClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // Expired at once rather than deleted: the fencing number and the completed handlers outlive the claim.
        await ExecuteAsync($"UPDATE {_table} SET owner = NULL, lease_until = now() WHERE event_key = @key AND owner = @owner AND state = {Pending} AND due_at IS NULL",
            cancellationToken, ("key", claim.EventKey), ("owner", claim.Owner)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> AddAsync(string eventKey, string payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        ArgumentNullException.ThrowIfNull(payload);
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        // A completed record past its retention is forgotten, so the event is added anew; anything else stays as it is.
        return await ExecuteAsync($"""
            INSERT INTO {_table} AS t (event_key, state, due_at, payload) VALUES (@key, {Pending}, now(), @payload)
            ON CONFLICT (event_key) DO UPDATE SET state = {Pending}, due_at = now(), payload = EXCLUDED.payload, attempts = 0,
                owner = NULL, lease_until = NULL, last_error = NULL, expires_at = NULL, received_at = now()
              WHERE t.state = {Completed} AND t.expires_at <= now()
            """, cancellationToken, ("key", eventKey), ("payload", payload)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<HeroWebhookInboxItem?> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var owner = Guid.NewGuid().ToString("N");
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            UPDATE {_table} SET owner = @owner, lease_until = now() + @lease, attempts = attempts + 1, fence = fence + 1
            WHERE event_key = (
                SELECT event_key FROM {_table}
                WHERE state = {Pending} AND due_at IS NOT NULL AND due_at <= now() AND (lease_until IS NULL OR lease_until <= now())
                ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING event_key, payload, attempts, received_at, last_error, fence, handlers
            """, ("owner", owner), ("lease", lease));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? Item(reader, owner) with { FencingToken = reader.GetInt64(5), CompletedHandlers = reader.GetFieldValue<string[]>(6) }
            : null;
    }

    /// <inheritdoc />
    public async ValueTask<bool> RenewAsync(HeroWebhookInboxItem item, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await RenewLeaseAsync(item.EventKey, item.Owner, lease, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteHandlerAsync(HeroWebhookInboxItem item, string handlerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await CompleteHandlerAsync(item.EventKey, item.Owner, handlerId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteAsync(HeroWebhookInboxItem item, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        // The payload is dropped: only the key is needed to recognise later copies.
        return await ExecuteAsync($"""
            UPDATE {_table} SET state = {Completed}, payload = NULL, due_at = NULL, owner = NULL, lease_until = NULL, handlers = ARRAY[]::text[],
                expires_at = now() + @retention
            WHERE event_key = @key AND owner = @owner AND state = {Pending}
            """, cancellationToken, ("key", item.EventKey), ("owner", item.Owner), ("retention", retention)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask FailAsync(HeroWebhookInboxItem item, DateTimeOffset? retryAt, string failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(failure);
        await ExecuteAsync(retryAt is null
            ? $"UPDATE {_table} SET state = {Dead}, owner = NULL, lease_until = NULL, last_error = @error WHERE event_key = @key AND owner = @owner AND state = {Pending}"
            : $"UPDATE {_table} SET due_at = @due, owner = NULL, lease_until = NULL, last_error = @error WHERE event_key = @key AND owner = @owner AND state = {Pending}",
            cancellationToken, ("key", item.EventKey), ("owner", item.Owner), ("error", failure), ("due", retryAt ?? DateTimeOffset.UnixEpoch)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<HeroWebhookInboxItem>> ListDeadAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT event_key, payload, attempts, received_at, last_error FROM {_table} WHERE state = {Dead} ORDER BY received_at LIMIT @max", ("max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<HeroWebhookInboxItem>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(Item(reader, string.Empty));
        }

        return items;
    }

    /// <inheritdoc />
    public async ValueTask<bool> ReplayAsync(string eventKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync($"UPDATE {_table} SET state = {Pending}, attempts = 0, due_at = now(), last_error = NULL WHERE event_key = @key AND state = {Dead}",
            cancellationToken, ("key", eventKey)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async ValueTask<HeroWebhookInboxCounts> CountAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Due: its time reached and no worker's lease runs; it has waited since the later of the two.
        await using var command = Command(connection, $"""
            SELECT count(*) FILTER (WHERE state = {Pending} AND due_at IS NOT NULL), count(*) FILTER (WHERE state = {Dead}),
                coalesce(extract(epoch FROM now() - min(greatest(due_at, coalesce(lease_until, due_at)))
                    FILTER (WHERE state = {Pending} AND due_at <= now() AND (lease_until IS NULL OR lease_until <= now()))), 0)::float8
            FROM {_table}
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new HeroWebhookInboxCounts(reader.GetInt64(0), reader.GetInt64(1), TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(2))));
    }

    /// <inheritdoc />
    public async ValueTask CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await HeroWebhookStoreProbe.ProveAsync(this, cancellationToken).ConfigureAwait(false);
            _ = await CountAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (IsConfiguration(ex.SqlState))
        {
            throw new HeroWebhookStoreConfigurationException(
                $"{this} cannot work with its database user's rights or schema ({ex.SqlState}: {ex.MessageText}). Grant SELECT, INSERT, UPDATE and DELETE on the table (and USAGE on its schema), or run CreateTableScript as a migration.", ex);
        }
    }

    // Class 42 (syntax or access rule: a missing table or column, no privilege), 3F (no such schema), 28 (login refused).
    private static bool IsConfiguration(string sqlState) => sqlState.StartsWith("42", StringComparison.Ordinal) || sqlState.StartsWith("3F", StringComparison.Ordinal) || sqlState.StartsWith("28", StringComparison.Ordinal);

    private async Task<bool> CompleteHandlerAsync(string eventKey, string owner, string handlerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(handlerId);
        return await ExecuteAsync($"""
            UPDATE {_table} SET handlers = CASE WHEN @handler = ANY(handlers) THEN handlers ELSE array_append(handlers, @handler) END
            WHERE event_key = @key AND owner = @owner AND state = {Pending}
            """, cancellationToken, ("key", eventKey), ("owner", owner), ("handler", handlerId)).ConfigureAwait(false) == 1;
    }

    // Claims and inbox leases are the same row state: pending, held by an owner until lease_until.
    private async Task<bool> RenewLeaseAsync(string eventKey, string owner, TimeSpan lease, CancellationToken cancellationToken) =>
        await ExecuteAsync($"UPDATE {_table} SET lease_until = now() + @lease WHERE event_key = @key AND owner = @owner AND state = {Pending}",
            cancellationToken, ("key", eventKey), ("owner", owner), ("lease", lease)).ConfigureAwait(false) == 1;

    private static HeroWebhookInboxItem Item(NpgsqlDataReader reader, string owner) => new(
        reader.GetString(0), owner, reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4));

    /// <summary>Creates the table once (under an advisory lock, so instances starting together do not race) and, every few minutes, deletes expired records.</summary>
    private async ValueTask PrepareAsync(CancellationToken cancellationToken)
    {
        Task creation;
        lock (_createGate)
        {
            // One creation per store; a failed one (database down) is tried again by the next call.
            creation = _creation is { IsFaulted: false, IsCanceled: false } ? _creation : (_creation = CreateAsync());
        }

        await creation.WaitAsync(cancellationToken).ConfigureAwait(false);

        var now = Environment.TickCount64;
        var next = Interlocked.Read(ref _nextCleanup);
        if (now >= next && Interlocked.CompareExchange(ref _nextCleanup, now + (long)CleanupEvery.TotalMilliseconds, next) == next && next != 0)
        {
            await ExecuteAsync($"""
                DELETE FROM {_table} WHERE ctid IN (
                    SELECT ctid FROM {_table} WHERE (state = {Completed} AND expires_at <= now())
                        OR (state = {Pending} AND due_at IS NULL AND lease_until <= now() - interval '1 day')
                    LIMIT 10000)
                """, cancellationToken).ConfigureAwait(false);
        }
    }

    // Created only when missing, so a table an administrator migrated needs no CREATE right on its schema.
    private async Task CreateAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        if (await ScalarAsync(connection, "SELECT to_regclass(@table) IS NOT NULL", CancellationToken.None, ("table", _table)).ConfigureAwait(false) is true)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var command = Command(connection, $"SELECT pg_advisory_xact_lock(hashtext('{_table}')); {CreateTableScript(_options)}"))
        {
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>Describes the store by its table (never the connection string).</summary>
    /// <returns>For example <c>PostgreSqlHeroWebhookStore(public.hero_webhook_events)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PostgreSqlHeroWebhookStore({_table})");
}
