using System.Security.Cryptography;
using HeroHealth.SpecTool;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Build;

/// <summary>
/// build/update-spec end to end, with no internet: a modified description served from a loopback Kestrel server is
/// imported into a scratch copy of the repository, the change report is checked, and the client is rebuilt from it.
/// </summary>
[TestFixture]
[NonParallelizable]
public class UpdateSpecTests
{
    private static readonly string Repo = UpdateSpecCommand.FindRepo(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Run the tests from the repository.");

    private string _scratch = null!;
    private WebApplication _server = null!;
    private string _served = "";
    private Dictionary<string, string> _originalHashes = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _originalHashes = HashOriginals();
        _scratch = Path.Combine(Path.GetTempPath(), "hero-update-spec-" + Guid.NewGuid().ToString("N"));
        foreach (var file in new[] { "HeroHealth.Client.sln", "nswag.json", "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            Copy(Path.Combine(Repo, file), Path.Combine(_scratch, file));
        }

        foreach (var dir in new[] { "openapi", "build/templates", "src/HeroHealth.Client" })
        {
            CopyTree(Path.Combine(Repo, dir), Path.Combine(_scratch, dir));
        }

        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/openapi.yaml", () => Results.Text(_served, "application/yaml"));
        await _server.StartAsync();
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is not part of the repository.
        }

        Assert.That(HashOriginals(), Is.EqualTo(_originalHashes), "the repository's own spec and inventory are untouched");
    }

    [Test]
    public async Task A_modified_description_from_a_url_is_reported_and_regenerated()
    {
        var spec = SpecYaml.Parse(await File.ReadAllTextAsync(Path.Combine(Repo, "openapi", "hero-public-api.yaml")));
        spec["openapi"] = "3.1.0";
        ((JObject)spec["paths"]!)["/v1/referrals/{id}"] = JObject.Parse("""
            {"get":{"tags":["Booking"],"operationId":"getReferral","summary":"Get a Referral",
              "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
              "responses":{"200":{"description":"Ok","content":{"application/json":{"schema":{"type":"object","title":"Referral","properties":{"id":{"type":"string"}}}}}}},
              "security":[{"apiKeyAuth":[],"practiceGroupId":[]}]}}
            """);
        ((JObject)spec.SelectToken("components.schemas.Appointment.properties")!).Remove("video_url");
        ((JArray)spec.SelectToken("components.schemas.BatchMessageStatus.enum")!).Add("ARCHIVED");
        spec.SelectToken("components.schemas.Slot.properties.location_id")!["type"] = new JArray("string", "null");
        _served = SpecYaml.Write(spec);
        var url = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/openapi.yaml";

        var (code, report, errors) = await Run(_scratch, "--url", url, "--framework", "net10.0");

        Assert.That(code, Is.Zero, report + errors);
        Assert.That(report, Does.Contain("**2 breaking**, 2 non-breaking"));
        Assert.That(Section(report, "Breaking"), Does.Contain("- Field removed: `Appointment.video_url`"));
        Assert.That(Section(report, "Breaking"), Does.Contain("- Became nullable: `Slot.location_id`"));
        Assert.That(Section(report, "Non-breaking"), Does.Contain("- Operation added: `GET /v1/referrals/{id} (getReferral)`"));
        Assert.That(Section(report, "Non-breaking"), Does.Contain("- Enum value added: `BatchMessageStatus` — \"ARCHIVED\""));
        Assert.That(report, Does.Contain("Downgraded OpenAPI 3.1.0 to 3.0.3").And.Contain("type arrays"));
        Assert.That(report, Does.Contain("Build of the regenerated client: succeeded"));

        var generated = await File.ReadAllTextAsync(Path.Combine(_scratch, "src", "HeroHealth.Client", "obj", "Generated", "HeroHealthClients.g.cs"));
        Assert.That(generated, Does.Contain("GetReferralAsync(string id"), "the new operation is in the rebuilt client");
        Assert.That(generated, Does.Not.Contain("public string? VideoUrl"));
        var written = await File.ReadAllTextAsync(Path.Combine(_scratch, "openapi", "hero-public-api.yaml"));
        Assert.That(written, Does.Contain("openapi: 3.0.3").And.Not.Contain("- 'null'"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(_scratch, "openapi", "operations.md")), Does.Contain("| GET | `/v1/referrals/{id}` | getReferral | Booking | high | no |"));
    }

    [Test]
    public async Task Removing_an_operation_the_facade_wraps_is_breaking_and_named()
    {
        var light = LightScratch();
        var spec = SpecYaml.Parse(await File.ReadAllTextAsync(Path.Combine(Repo, "openapi", "hero-public-api.yaml")));
        ((JObject)spec.SelectToken("paths['/v1/webhooks/{id}']")!).Remove("delete");
        var file = Path.Combine(light, "modified.yaml");
        await File.WriteAllTextAsync(file, SpecYaml.Write(spec));

        var (code, report, _) = await Run(light, "--file", file, "--no-build", "--fail-on-breaking");

        Assert.That(code, Is.EqualTo(2), "--fail-on-breaking");
        Assert.That(Section(report, "Breaking"), Does.Contain("- Operation removed: `DELETE /v1/webhooks/{id} (deleteWebhook)`"));
        Assert.That(Section(report, "To reconcile by hand"), Does.Contain("`deleteWebhook`").And.Contain("src/HeroHealth.Client/Webhooks/WebhooksClientExtensions.cs"));
    }

    [Test]
    public async Task The_committed_description_fed_back_in_leaves_openapi_byte_identical()
    {
        var light = LightScratch();
        var before = HashTree(Path.Combine(light, "openapi"));

        var (code, report, _) = await Run(light, "--file", Path.Combine(Repo, "openapi", "hero-public-api.yaml"), "--fail-on-breaking");

        Assert.That(code, Is.Zero);
        Assert.That(report, Does.Contain("No API changes.").And.Contain("nothing was written"));
        Assert.That(HashTree(Path.Combine(light, "openapi")), Is.EqualTo(before), "was a 1,169-line rewrite of the spec");
    }

    [Test]
    public void The_sdks_own_steering_survives_a_bundle_that_does_not_carry_it()
    {
        var committed = SpecYaml.Parse(File.ReadAllText(Path.Combine(Repo, "openapi", "hero-public-api.yaml")));
        var bundle = (JObject)committed.DeepClone();
        bundle.Remove("x-hero-sdk-areas");
        var operations = SpecDiff.Operations(bundle);
        foreach (var op in operations.Values)
        {
            foreach (var key in new[] { "x-hero-idempotent", "x-hero-idempotent-reason", "x-hero-functional-area", "x-hero-functional-area-inferred", "x-hero-page-item" })
            {
                op.Remove(key);
            }
        }

        ((JObject)bundle.SelectToken("components.schemas")!).Remove("Admin");
        UpdateSpecCommand.CarrySdkSteering(committed, bundle);

        Assert.That(JToken.DeepEquals(bundle["x-hero-sdk-areas"], committed["x-hero-sdk-areas"]), Is.True, "HeroHealthClient's area names");
        var listAdmins = operations.Values.Single(o => (string?)o["operationId"] == "listAdmins");
        Assert.That(listAdmins["x-hero-page-item"], Is.Null, "its item schema is gone from the bundle, so no pager is claimed");
        Assert.That((string?)listAdmins["x-hero-functional-area"], Is.Not.Null);
        Assert.That(operations.Values.Count(o => (bool?)o["x-hero-idempotent"] == true), Is.EqualTo(SpecDiff.Operations(committed).Values.Count(o => (bool?)o["x-hero-idempotent"] == true)).And.GreaterThan(0));
        Assert.That(operations.Values.Count(o => o["x-hero-page-item"] is not null), Is.EqualTo(SpecDiff.Operations(committed).Values.Count(o => o["x-hero-page-item"] is not null) - 1));
    }

    [Test]
    public async Task A_written_description_records_what_it_came_from_and_the_inventory_counts_follow_it()
    {
        var light = LightScratch();
        var spec = SpecYaml.Parse(await File.ReadAllTextAsync(Path.Combine(Repo, "openapi", "hero-public-api.yaml")));
        ((JObject)spec.SelectToken("paths['/v1/slots']")!).Remove("get"); // one of the five inferred paths
        var file = Path.Combine(light, "local-copy.yaml");
        var text = SpecYaml.Write(spec);
        await File.WriteAllTextAsync(file, text);
        var sha = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

        var (code, report, _) = await Run(light, "--file", file, "--no-build");
        var written = await File.ReadAllTextAsync(Path.Combine(light, "openapi", "hero-public-api.yaml"));
        var inventory = await File.ReadAllTextAsync(Path.Combine(light, "openapi", "operations.md"));

        Assert.That(code, Is.Zero, "breaking, but neither --fail-on-breaking nor a failed build");
        Assert.That(report, Does.Contain($"Source: file local-copy.yaml (sha256 {sha})"));
        Assert.That(written, Does.Contain($"# Written by build/update-spec from file local-copy.yaml (sha256 {sha})"));
        var provenance = SpecYaml.Parse(written).SelectToken("info.x-hero-source")!;
        Assert.That(((string?)provenance["kind"], (string?)provenance["location"], (string?)provenance["sha256"]), Is.EqualTo(("file", "local-copy.yaml", sha)), "was \"published\" for a local file");
        Assert.That(inventory, Does.Contain("- Described: 69 operations (method and path known, 4 of them inferred"));
    }

    [Test]
    public async Task A_breaking_change_whose_rebuild_fails_exits_2()
    {
        var light = LightScratch();
        File.Delete(Path.Combine(light, "src", "HeroHealth.Client", "HeroHealth.Client.csproj")); // the rebuild fails at once
        var spec = SpecYaml.Parse(await File.ReadAllTextAsync(Path.Combine(Repo, "openapi", "hero-public-api.yaml")));
        ((JObject)spec.SelectToken("paths['/v1/webhooks/{id}']")!).Remove("delete");
        var file = Path.Combine(light, "breaking.yaml");
        await File.WriteAllTextAsync(file, SpecYaml.Write(spec));

        var (code, report, _) = await Run(light, "--file", file);

        Assert.That(code, Is.EqualTo(2), "was 1: the failed rebuild hid the documented breaking exit code");
        Assert.That(report, Does.Contain("Build of the regenerated client: failed"));
    }

    [Test]
    public void The_inventorys_counts_are_the_ones_derived_from_the_description()
    {
        var inventory = File.ReadAllText(Path.Combine(Repo, "openapi", "operations.md"));
        var spec = SpecYaml.Parse(File.ReadAllText(Path.Combine(Repo, "openapi", "hero-public-api.yaml")));

        Assert.That(UpdateSpecCommand.WithCounts(inventory, spec), Is.EqualTo(inventory), "edit the tables, not the counts: build/update-spec writes them");
    }

    [TestCase("--url")]
    [TestCase("--bogus")]
    public async Task Usage_errors_exit_64(string arg)
    {
        var (code, _, errors) = await Run(LightScratch(), arg);
        Assert.That(code, Is.EqualTo(64));
        Assert.That(errors, Does.StartWith("update-spec: "));
    }

    private static async Task<(int Code, string Report, string Errors)> Run(string repo, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await UpdateSpecCommand.RunAsync(["--repo", repo, .. args], stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A scratch repository with the spec and the hand-written sources (for the facade scan), no build.</summary>
    private string LightScratch()
    {
        var dir = Path.Combine(_scratch, "light-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Repo, "HeroHealth.Client.sln"), Path.Combine(dir, "HeroHealth.Client.sln"));
        CopyTree(Path.Combine(Repo, "openapi"), Path.Combine(dir, "openapi"));
        CopyTree(Path.Combine(Repo, "src", "HeroHealth.Client"), Path.Combine(dir, "src", "HeroHealth.Client"));
        return dir;
    }

    private static string Section(string report, string title)
    {
        var start = report.IndexOf("## " + title + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "section " + title);
        var end = report.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? report[start..] : report[start..end];
    }

    private static Dictionary<string, string> HashTree(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static Dictionary<string, string> HashOriginals() =>
        new[] { "openapi/hero-public-api.yaml", "openapi/operations.md" }.ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Repo, f)))));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Copy(file, Path.Combine(to, relative));
        }
    }
}
