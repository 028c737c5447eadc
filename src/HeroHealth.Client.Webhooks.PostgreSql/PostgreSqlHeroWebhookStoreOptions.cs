using System.Globalization;
using System.Text.RegularExpressions;

namespace HeroHealth.Client;

/// <summary>Where the PostgreSQL webhook store keeps its table (<c>services.AddHeroWebhookPostgreSqlStore(...)</c>).</summary>
public sealed partial class PostgreSqlHeroWebhookStoreOptions
{
    /// <summary>The table's schema (default <c>public</c>): one of the application's own, never <c>information_schema</c> or a <c>pg_</c> schema.</summary>
    public string Schema { get; set; } = "public";

    /// <summary>The table's name (default <c>hero_webhook_events</c>; at most 55 characters, so its index names fit PostgreSQL's 63).</summary>
    public string Table { get; set; } = "hero_webhook_events";

    /// <summary>
    /// Whether the store creates its table on first use when it is missing (default <see langword="true"/>; an existing
    /// table needs no CREATE right). Turn it off to have a missing table reported at start-up instead, and run
    /// <see cref="PostgreSqlHeroWebhookStore.CreateTableScript"/> as a migration.
    /// </summary>
    public bool CreateTable { get; set; } = true;

    /// <summary>Describes the options.</summary>
    /// <returns>Schema, table and whether it is created (the connection string is never part of the options).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PostgreSqlHeroWebhookStoreOptions(Table={Schema}.{Table}, CreateTable={CreateTable})");

    internal void Validate()
    {
        if (!Identifier().IsMatch(Schema ?? string.Empty))
        {
            throw new ArgumentException("Schema must be a plain PostgreSQL identifier (lower-case letters, digits, underscores; at most 63 characters).", nameof(Schema));
        }

        if (Schema is "information_schema" || Schema!.StartsWith("pg_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Schema '{Schema}' belongs to PostgreSQL itself: use one of the application's own schemas (public by default).", nameof(Schema));
        }

        // The longest derived name is the table's plus "_expires"; PostgreSQL would silently cut a longer one to 63.
        if (!Identifier().IsMatch(Table ?? string.Empty) || Table!.Length > MaxTableLength)
        {
            throw new ArgumentException($"Table must be a plain PostgreSQL identifier (lower-case letters, digits, underscores; at most {MaxTableLength} characters, so its index names fit).", nameof(Table));
        }
    }

    private const int MaxTableLength = 63 - 8;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
