using System.Reflection;
using HeroHealth.Cli.Commands;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Cli;

/// <summary>Every operation of the description is a hero command, matching the SDK's own operation table, and it runs.</summary>
[TestFixture]
public class SpecCommandTests
{
    [Test]
    public void Every_generated_operation_of_the_SDK_is_a_hero_command_with_the_same_method_and_path()
    {
        var sdk = typeof(HeroHealthClient).Assembly.GetTypes()
            .Select(t => t.GetProperty("Operations", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(p => p?.PropertyType == typeof(IReadOnlyList<HeroOperation>))
            .SelectMany(p => (IReadOnlyList<HeroOperation>)p!.GetValue(null)!)
            .ToDictionary(o => o.OperationId, o => $"{o.Method} {o.PathTemplate.TrimStart('/')}", StringComparer.Ordinal);
        var root = CliCommands.Build(new HeroHealth.Cli.CliConsole(TextWriter.Null, TextWriter.Null, _ => null)).Root;

        Assert.That(sdk, Has.Count.EqualTo(SpecOperation.All.Count), "one command per operation the SDK generates");
        foreach (var operation in SpecOperation.All)
        {
            var group = root.Subcommands.SingleOrDefault(c => c.Name == operation.Group);
            Assert.That(group?.Subcommands.Any(c => c.Name == operation.Command), Is.True, $"hero {operation.Group} {operation.Command}");
            Assert.That($"{operation.Method} {operation.Path.TrimStart('/')}", Is.EqualTo(sdk[operation.OperationId]), operation.OperationId);
        }
    }

    [TestCase("listSlots", "list-slots")]
    [TestCase("getPracticeGroupById", "get-practice-group-by-id")]
    [TestCase("Booking - HCA", "booking-hca")]
    [TestCase("page_index", "page-index")]
    public void Names_are_kebab_case(string name, string expected) => Assert.That(SpecOperation.Kebab(name), Is.EqualTo(expected));

    [Test]
    public async Task A_read_a_write_and_help_from_the_description_run_against_the_fake()
    {
        var capabilities = await CliRun.RunAsync("practice-group", "get-capabilities", "--json");
        var body = Path.GetTempFileName();
        await File.WriteAllTextAsync(body, """{"event_type":"appointment.confirmed","url":"https://partner.example/hooks","signing_key":"spec-command-key-0123456789"}""");
        var created = await CliRun.RunAsync("webhooks", "create-webhook", "--body", body, "--json");
        var help = await CliRun.RunAsync("booking", "list-slots", "--help");
        var missing = await CliRun.RunAsync("booking", "get-slot");
        File.Delete(body);

        Assert.That(capabilities.Code, Is.Zero, capabilities.Stderr);
        Assert.That((int?)JObject.Parse(capabilities.Stdout)["status"], Is.EqualTo(200));
        Assert.That(created.Code, Is.Zero, created.Stderr);
        Assert.That((string?)JObject.Parse(created.Stdout).SelectToken("body.event_type"), Is.EqualTo("appointment.confirmed"));
        Assert.That(help.Stdout, Does.Contain("(GET /v1/slots)").And.Contain("Query parameter"), help.Stdout);
        Assert.That(missing.Code, Is.EqualTo(2));
        Assert.That(missing.Stderr, Does.Contain("--id"));
    }

    [Test]
    public async Task Spec_verify_finds_no_drift_in_the_fake_and_refuses_writes_against_hero()
    {
        var reads = await CliRun.RunAsync("spec", "verify", "--json");
        var writes = await CliRun.RunAsync("spec", "verify", "--include-writes", "--json");
        var staging = await CliRun.RunAsync("spec", "verify", "--include-writes", "--env", "staging", "--api-key", "spec-verify-key-0123456789", "--practice-group", "1001");

        var report = JObject.Parse(reads.Stdout);
        Assert.That(reads.Code, Is.Zero, reads.Stdout);
        Assert.That(((int?)report["drift"], (int?)report["verified"] >= 25), Is.EqualTo(((int?)0, (bool?)true)), "the fake is held to the description by the same check");
        Assert.That((int?)JObject.Parse(writes.Stdout)["drift"], Is.Zero);
        Assert.That((int)JObject.Parse(writes.Stdout)["verified"]!, Is.GreaterThan((int)report["verified"]!));
        Assert.That(staging.Code, Is.EqualTo(2));
        Assert.That(staging.Stderr, Does.Contain("--include-writes").And.Contain("mock"));

        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var down = await CliRun.RunAsync("spec", "verify", "--base-address", $"http://127.0.0.1:{port}/");
        Assert.That(down.Code, Is.EqualTo(2), "exit 2: could not run");
        Assert.That(down.Stderr, Does.Contain("Could not run"));
    }

    [TestCase(new[] { "--version" }, false)]
    [TestCase(new[] { "me" }, false)]
    [TestCase(new[] { "--env", "staging", "slots", "list" }, false)]
    [TestCase(new[] { "messages", "send", "--help" }, false)]
    [TestCase(new[] { "messages", "--help" }, true)]
    [TestCase(new[] { "messages", "send" }, false)]
    [TestCase(new[] { "messages", "send-message" }, true)]
    [TestCase(new[] { "booking", "list-slots" }, true)]
    [TestCase(new string[0], true)]
    public void The_description_is_read_only_when_the_command_line_can_need_it(string[] args, bool expected) =>
        Assert.That(CliCommands.NeedsSpecCommands(args), Is.EqualTo(expected));
}
