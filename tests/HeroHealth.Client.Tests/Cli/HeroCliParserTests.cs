using System.Globalization;
using HeroHealth.Cli;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Cli;

/// <summary>What the parser gives the `hero` command: help, exit codes, JSON errors, version, colour and completions.</summary>
[TestFixture]
public class HeroCliParserTests
{
    [Test]
    public async Task Help_lists_every_command_and_each_command_has_its_own()
    {
        var root = await Run("--help");
        var list = await Run("slots", "list", "--help");
        var send = await Run("messages", "send", "-h");
        var check = await Run("nhs-number", "check", "--help");

        Assert.That(root.Code, Is.Zero);
        Assert.That(root.Stdout, Does.Contain("Usage:").And.Contain("hero [command] [options]"));
        foreach (var command in new[] { "demo", "capabilities", "patients", "messages", "slots", "appointments", "webhooks", "request", "nhs-number", "fake", "completion" })
        {
            Assert.That(root.Stdout, Does.Match($@"\n  {command}\b"), command);
        }

        Assert.That(root.Stdout, Does.Not.Contain("__complete"), "the completion scripts' helper is hidden");
        Assert.That(list.Code, Is.Zero);
        Assert.That(list.Stdout, Does.Contain("hero slots list [options]").And.Contain("--from <yyyy-MM-dd>").And.Contain("--env <fake|local|mock|staging|production>"));
        Assert.That(send.Stdout, Does.Contain("--channel <sms|email|nhs-app|hero>").And.Contain("--patient <id> (REQUIRED)"));
        Assert.That(check.Stdout, Does.Contain("hero nhs-number check <number>...").And.Not.Contain("--env"), "an offline command lists no target options");
    }

    [Test]
    public async Task Version_is_the_tools_own()
    {
        var (code, stdout, _) = await Run("--version");

        Assert.That(code, Is.Zero);
        Assert.That(stdout.Trim(), Is.EqualTo("hero " + HeroCli.Version));
        Assert.That(HeroCli.Version, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$"), "MinVer's version from the git tag, without build metadata");
    }

    [Test]
    public async Task Json_errors_are_one_json_document_on_stderr_with_the_exit_code()
    {
        var usage = await Run("slots", "list", "--frm", "2026-01-01", "--json");
        var api = await Run("appointments", "get", "424242", "--json");

        Assert.That(usage.Code, Is.EqualTo(2));
        Assert.That(usage.Stdout, Is.Empty);
        var error = JObject.Parse(usage.Stderr)["error"]!;
        Assert.That((string?)error["kind"], Is.EqualTo("usage"));
        Assert.That((int)error["exit_code"]!, Is.EqualTo(2));
        Assert.That(error["suggestions"]!.Values<string>(), Is.EqualTo(new[] { "--from" }));
        Assert.That((string?)error["help"], Is.EqualTo("hero slots list --help"));

        Assert.That(api.Code, Is.EqualTo(1));
        var failure = JObject.Parse(api.Stderr)["error"]!;
        Assert.That(((string?)failure["kind"], (int?)failure["status"], (string?)failure["operation"]), Is.EqualTo(("api", 404, "getAppointment")));
        Assert.That((bool?)failure["may_have_been_delivered"], Is.False);
    }

    [TestCase(true, null, true)]
    [TestCase(true, "1", false)]
    [TestCase(false, null, false)]
    public async Task Colour_only_on_a_terminal_and_never_with_NO_COLOR(bool terminal, string? noColor, bool coloured)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(stdout, stderr, name => name == "NO_COLOR" ? noColor : null, terminal, terminal);

        var failed = await HeroCli.RunAsync(["bogus"], console, CancellationToken.None);
        var ok = await HeroCli.RunAsync(["nhs-number", "check", "943 476 5919"], console, CancellationToken.None);

        Assert.That((failed, ok), Is.EqualTo((2, 0)));
        Assert.That(stderr.ToString().Contains('\u001b', StringComparison.Ordinal), Is.EqualTo(coloured), stderr.ToString());
        Assert.That(stdout.ToString().Contains('\u001b', StringComparison.Ordinal), Is.EqualTo(coloured), stdout.ToString());
    }

    [TestCase("hero sl", "slots")]
    [TestCase("hero webhooks ", "verify")]
    [TestCase("hero messages send --channel ", "nhs-app")]
    [TestCase("hero webhooks create --event appointment.c", "appointment.confirmed")]
    [TestCase("hero slots list --e", "--env")]
    public async Task Completion_candidates_come_from_the_command_tree(string line, string expected)
    {
        var (code, stdout, _) = await Run("__complete", "--position", line.Length.ToString(CultureInfo.InvariantCulture), "--", line);

        Assert.That(code, Is.Zero);
        Assert.That(stdout.Split('\n', StringSplitOptions.TrimEntries), Does.Contain(expected));
    }

    [Test]
    public async Task The_bash_completion_script_completes_in_bash()
    {
        var dll = BuildOutput.Of("HeroHealth.Cli", "net10.0", "HeroHealth.Cli.dll");
        var script = $$"""
            hero() { dotnet '{{dll}}' "$@"; }
            eval "$(hero completion bash)"
            COMP_LINE='hero appointments re'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(hero appointments re); COMP_CWORD=2
            _hero_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """;
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.That((await stdout).Trim(), Is.EqualTo("reserve"), await process.StandardError.ReadToEndAsync());
    }

    [TestCase("zsh", "compdef _hero_complete hero")]
    [TestCase("pwsh", "Register-ArgumentCompleter -Native -CommandName hero")]
    public async Task Completion_scripts_for_other_shells_call_the_same_helper(string shell, string registration)
    {
        var (code, stdout, _) = await Run("completion", shell);

        Assert.That(code, Is.Zero);
        Assert.That(stdout, Does.Contain(registration).And.Contain("hero __complete --position"));
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => CliRun.RunAsync(args);
}
