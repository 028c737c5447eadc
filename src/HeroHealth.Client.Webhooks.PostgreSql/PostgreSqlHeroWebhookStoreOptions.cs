using System.Globalization;
using System.Text.RegularExpressions;

namespace HeroHealth.Client;

/// <summary>Where the PostgreSQL webhook store keeps its table (<c>services.AddHeroWebhookPostgreSqlStore(...)</c>).</summary>
public sealed partial class PostgreSqlHeroWebhookStoreOptions
{
    /// <summary>The table's schema (default <c>public</c>).</summary>
    public string Schema { get; set; } = "public";

    /// <summary>The table's name (default <c>hero_webhook_events</c>).</summary>
    public string Table { get; set; } = "hero_webhook_events";

    /// <summary>
    /// Whether the store creates its table on first use (default <see langword="true"/>). Turn it off where the app's
    /// database user may not create tables, and run <see cref="PostgreSqlHeroWebhookStore.CreateTableScript"/> as a migration.
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

        if (!Identifier().IsMatch(Table ?? string.Empty))
        {
            throw new ArgumentException("Table must be a plain PostgreSQL identifier (lower-case letters, digits, underscores; at most 63 characters).", nameof(Table));
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
