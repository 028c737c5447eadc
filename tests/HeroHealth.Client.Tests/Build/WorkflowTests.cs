using HeroHealth.SpecTool;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Build;

/// <summary>The GitHub workflows cannot run here; their YAML is parsed and checked for what they must do.</summary>
[TestFixture]
public class WorkflowTests
{
    private static readonly string Workflows = Path.Combine(UpdateSpecCommand.FindRepo(AppContext.BaseDirectory)!, ".github", "workflows");

    [Test]
    public void Ci_runs_the_ci_script_on_pushes_and_pull_requests()
    {
        var ci = Load("ci.yml");

        Assert.That(ci.SelectToken("on.push.branches")!.Values<string>(), Does.Contain("main"));
        Assert.That(ci["on"]!["pull_request"], Is.Not.Null);
        Assert.That(Steps(ci).Select(s => (string?)s["run"]), Does.Contain("bash .ci/run"));
        Assert.That(Steps(ci).Single(s => (string?)s["run"] == "bash .ci/run").SelectToken("env.CI")?.ToString(), Is.EqualTo("true"));
    }

    [Test]
    public void Regenerate_runs_weekly_and_on_demand_and_opens_a_pull_request_with_the_report()
    {
        var regenerate = Load("regenerate.yml");

        Assert.That((string?)regenerate.SelectToken("on.schedule[0].cron"), Does.Match(@"^\S+ \S+ \S+ \S+ \S+$"));
        Assert.That(regenerate.SelectToken("on.workflow_dispatch.inputs.url.default")?.ToString(), Is.EqualTo(UpdateSpecCommand.DefaultUrl));
        var steps = Steps(regenerate).ToList();
        var update = steps.Single(s => ((string?)s["run"])?.Contains("build/update-spec", StringComparison.Ordinal) == true);
        Assert.That((string?)update["run"], Does.Contain("--report \"$RUNNER_TEMP/api-changes.md\""));
        Assert.That(steps.Any(s => (string?)s["run"] == "bash .ci/run"), Is.True, "tests run before the pull request");
        var pr = steps.Single(s => ((string?)s["uses"])?.StartsWith("peter-evans/create-pull-request@", StringComparison.Ordinal) == true);
        Assert.That(pr.SelectToken("with.body-path")?.ToString(), Does.EndWith("/api-changes.md"));
        Assert.That(pr.SelectToken("with.add-paths")?.ToString(), Does.Contain("openapi/**"));
        Assert.That(steps.IndexOf(pr), Is.EqualTo(steps.Count - 1));
        Assert.That(File.Exists(Path.Combine(Workflows, "..", "..", "build", "update-spec")), Is.True);
    }

    private static JObject Load(string file) => SpecYaml.Parse(File.ReadAllText(Path.Combine(Workflows, file)));

    private static IEnumerable<JObject> Steps(JObject workflow) =>
        ((JObject)workflow["jobs"]!).Properties().SelectMany(job => job.Value["steps"]!.Cast<JObject>());
}
