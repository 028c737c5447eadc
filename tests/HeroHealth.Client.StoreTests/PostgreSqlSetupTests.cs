using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HeroHealth.Client.StoreTests;

/// <summary>
/// The PostgreSQL store fails loudly, not quietly: a table an administrator migrated works for a user without CREATE
/// rights, a user without rights on the table stops the application at start-up (and the health check says why), and
/// names PostgreSQL would cut or schemas that are PostgreSQL's own are refused at registration.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PostgreSqlSetupTests
{
    private PostgresServer _server = null!;

    [OneTimeSetUp]
    public void StartServer() => _server = PostgresServer.Start();

    [OneTimeTearDown]
    public void StopServer() => _server?.Dispose();

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task A_table_migrated_by_an_admin_works_for_a_user_without_create_rights_with_CreateTable_at_its_default()
    {
        var table = Receiver.FreshName(_server);
        var user = "app_" + table[5..];
        await AdminAsync(PostgreSqlHeroWebhookStore.CreateTableScript(new PostgreSqlHeroWebhookStoreOptions { Table = table }) + $"""
            CREATE ROLE {user} LOGIN;
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            GRANT SELECT, INSERT, UPDATE, DELETE ON public.{table} TO {user};
            """);
        var ledger = new Ledger();
        await using var app = await Receiver.StartAsync(_server, _server.ConnectionAs(user), table,
            o => o.OnUnhandled((e, _, _) => { ledger.Complete(e); return Task.CompletedTask; }),
            services => services.AddHealthChecks().AddHeroWebhookStore());

        var status = await Hero.PostAsync(app.Endpoint, Hero.Sign(Hero.Event("7101")));
        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "no CREATE right is needed for a table that exists");
        Assert.That(ledger.Completed["7101"], Is.EqualTo(1));
        Assert.That(report.Entries["hero-webhook-store"].Status, Is.EqualTo(HealthStatus.Healthy), report.Entries["hero-webhook-store"].Description);
    }

    [Test]
    public async Task A_user_without_rights_on_the_table_stops_the_application_at_start_up_naming_the_cause()
    {
        var table = Receiver.FreshName(_server);
        var user = "ro_" + table[5..];
        await AdminAsync(PostgreSqlHeroWebhookStore.CreateTableScript(new PostgreSqlHeroWebhookStoreOptions { Table = table }) + $"""
            CREATE ROLE {user} LOGIN;
            GRANT SELECT ON public.{table} TO {user};
            """);

        var failure = await Assert.ThrowsAsync<HeroWebhookStoreConfigurationException>(async () =>
            await (await Receiver.StartAsync(_server, _server.ConnectionAs(user), table, _ => { })).DisposeAsync());

        Assert.That(failure!.Message, Does.Contain("42501").And.Contain("permission denied").And.Contain(table));
        Assert.That(failure.Message, Does.Not.Contain("Host=").And.Not.Contain("Username"), "never the connection string");
    }

    [Test]
    public void A_table_name_whose_index_names_postgres_would_cut_is_refused_at_registration()
    {
        var services = new ServiceCollection();
        var name = new string('t', 63);

        var error = Assert.Throws<ArgumentException>(() => services.AddHeroWebhookPostgreSqlStore(_server.Connection, o => o.Table = name));
        var fits = new string('t', 55);

        Assert.That(error!.ParamName, Is.EqualTo("Table"));
        Assert.That(error.Message, Does.Contain("at most 55 characters"));
        Assert.DoesNotThrow(() => PostgreSqlHeroWebhookStore.CreateTableScript(new PostgreSqlHeroWebhookStoreOptions { Table = fits }));
    }

    [Test]
    public async Task The_longest_table_name_allowed_gets_both_of_its_partial_indexes()
    {
        var table = "h" + Guid.NewGuid().ToString("N") + new string('x', 55 - 33);
        await using var app = await Receiver.StartAsync(_server, _server.Connection, table, o => o.OnUnhandled((_, _, _) => Task.CompletedTask));
        Assert.That(await Hero.PostAsync(app.Endpoint, Hero.Sign(Hero.Event("7102"))), Is.EqualTo(HttpStatusCode.OK));

        await using var connection = new NpgsqlConnection(_server.Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT indexname FROM pg_indexes WHERE tablename = @t ORDER BY indexname", connection);
        command.Parameters.AddWithValue("t", table);
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        Assert.That(indexes, Is.EquivalentTo(new[] { table + "_due", table + "_expires", table + "_pkey" }));
    }

    [TestCase("information_schema")]
    [TestCase("pg_catalog")]
    [TestCase("pg_toast")]
    public void A_schema_of_postgres_itself_is_refused(string schema)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddHeroWebhookPostgreSqlStore(_server.Connection, o => o.Schema = schema));

        Assert.That(error!.ParamName, Is.EqualTo("Schema"));
        Assert.That(error.Message, Does.Contain("belongs to PostgreSQL itself"));
    }
}
