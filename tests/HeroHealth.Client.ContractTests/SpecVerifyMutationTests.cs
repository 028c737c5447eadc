using System.Globalization;
using HeroHealth.Cli;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.ContractTests;

/// <summary>
/// <c>hero spec verify</c> against Prism, a third-party mock, serving mutated copies of openapi/: each mutation (a field
/// renamed, a required field dropped, an enum value added, a type changed, a status changed, an operation removed) is
/// reported at its operation and JSON path, and nothing else is; the unmodified description gives no drift.
/// </summary>
[TestFixture]
[NonParallelizable]
public class SpecVerifyMutationTests
{
    private string _cli = null!;
    private string _spec = null!;

    [OneTimeSetUp]
    public void FindPrism()
    {
        var cli = PrismServer.FindPrism(out var root);
        if (cli is null)
        {
            const string Why = "Prism is not installed (run `npm ci` at the repository root).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Why + " Under CI=true the contract suite must run.");
            }

            Assert.Ignore(Why);
        }

        _cli = cli!;
        _spec = Path.Combine(root!, "openapi", "hero-public-api.yaml");
    }

    [Test]
    public async Task The_unmodified_description_served_by_Prism_shows_no_drift()
    {
        var (code, report) = await VerifyAsync(_spec);

        Assert.That((int?)report["drift"], Is.Zero, string.Join("; ", Findings(report)));
        Assert.That((int?)report["verified"], Is.GreaterThan(20));
        Assert.That(code, Is.Zero);
    }

    [Test]
    public async Task Each_mutation_is_reported_at_its_operation_and_path_and_nothing_else()
    {
        var spec = HeroHealth.Client.Testing.Internal.OpenApiYaml.Parse(await File.ReadAllTextAsync(_spec));
        JToken Example(string path) => spec.SelectToken($"paths['{path}'].get.responses['200'].content['application/json'].example")!;

        // A field renamed (listAdmins), a required field dropped (listCoupons), an enum value added (listBatchMessages),
        // a type changed (getHeidiToken), a status changed (getLinkStatus 200 -> 203), an operation removed (listPracticeGroupElements).
        var admin = (JObject)Example("/v1/admins")["data"]![0]!;
        admin["given_name"] = admin["first_name"];
        admin.Remove("first_name");
        ((JObject)Example("/v1/invoicing/coupons")["data"]![0]!).Remove("name");
        Example("/v1/batch_message")["status"] = "ARCHIVED";
        ((JArray)spec.SelectToken("components.schemas.BatchMessageStatus.enum")!).Add("ARCHIVED");
        Example("/v1/partners/heidi/token")["token"] = 12345;
        var responses = (JObject)spec.SelectToken("paths['/v1/links/status'].get.responses")!;
        responses.Add("203", responses["200"]!.DeepClone());
        responses.Remove("200");
        ((JObject)spec["paths"]!).Remove("/v1/me/elements");
        var mutated = Path.Combine(Path.GetTempPath(), $"hero-mutated-{Guid.NewGuid():N}.json");
        var patch = Path.Combine(Path.GetTempPath(), $"hero-patch-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(mutated, spec.ToString());

        try
        {
            var (code, report) = await VerifyAsync(mutated, "--patch", patch);

            Assert.That(code, Is.EqualTo(1), "exit 1: drift");
            Assert.That(Findings(report), Is.EquivalentTo(new[]
            {
                "listAdmins: unknown field at $.data[].given_name",
                "listAdmins: missing required field at $.data[].first_name",
                "listCoupons: missing required field at $.data[].name",
                "listBatchMessages: enum value not listed at $.status",
                "getHeidiToken: type at $.token",
                "getLinkStatus: undocumented status at $",
                "listPracticeGroupElements: undocumented status at $",
            }));
            Assert.That(report.ToString(), Does.Not.Contain("ARCHIVED").And.Not.Contain("12345"), "values never appear, only their JSON type and length");

            // --patch: the changes this evidence supports, each marked with where it came from.
            var patched = JObject.Parse(await File.ReadAllTextAsync(patch));
            JToken Schema(string name) => patched.SelectToken($"components.schemas.{name}")!;
            var adminItem = patched.SelectToken("paths['/v1/admins'].get.responses['200'].content['application/json'].schema")!;
            Assert.That(patched.SelectTokens("$..x-hero-evidence").Count(), Is.EqualTo(7), "one mark per change");
            Assert.That(Schema("BatchMessageStatus")["enum"]!.Select(v => (string?)v), Does.Contain("ARCHIVED"));
            Assert.That((string?)patched.SelectToken("paths['/v1/links/status'].get.responses['203'].x-hero-evidence"), Does.Contain("getLinkStatus answered 203"));
            Assert.That(patched.SelectToken("paths['/v1/me/elements'].get.responses['404']"), Is.Not.Null);
            Assert.That(patched.SelectTokens("$..properties.given_name.type").Select(t => (string?)t), Is.EqualTo(new[] { "string" }), adminItem.ToString());
            Assert.That(patched.SelectTokens("$..properties.token.type").Select(t => (string?)t), Does.Contain("integer"));
        }
        finally
        {
            File.Delete(mutated);
            File.Delete(patch);
        }
    }

    private async Task<(int Code, JObject Report)> VerifyAsync(string spec, params string[] extra)
    {
        using var prism = await PrismServer.StartAsync(_cli, spec, TimeSpan.FromSeconds(90));
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = await HeroCli.RunAsync(["spec", "verify", "--base-address", prism.BaseAddress.AbsoluteUri, "--json", .. extra], stdout, stderr, _ => null, CancellationToken.None);
        Assert.That(stderr.ToString(), Is.Empty);
        return (code, JObject.Parse(stdout.ToString()));
    }

    private static List<string> Findings(JObject report) =>
        [.. report["operations"]!.Where(o => (string?)o["verdict"] == "drift")
            .SelectMany(o => o["findings"]!.Select(f => $"{o["operation"]}: {f["kind"]} at {f["path"]}"))];
}
