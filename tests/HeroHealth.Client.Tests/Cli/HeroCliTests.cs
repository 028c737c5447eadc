using System.Globalization;
using System.Text;
using HeroHealth.Cli;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Cli;

/// <summary>The `hero` command, run in-process with captured output.</summary>
[TestFixture]
public class HeroCliTests
{
    [Test]
    public async Task The_net8_build_of_the_tool_runs_the_demo_on_the_installed_runtime()
    {
        var dll = HeroHealth.Client.Tests.Support.BuildOutput.Of("HeroHealth.Cli", "net8.0", "HeroHealth.Cli.dll");
        Assert.That(File.Exists(dll), Is.True, dll);
        var config = JObject.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(dll, ".runtimeconfig.json")));
        Assert.That((string?)config["runtimeOptions"]?["rollForward"], Is.EqualTo("Major"), "runs on a newer major runtime when 8.0 is absent");

        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [dll, "demo", "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.That(process.ExitCode, Is.Zero, await stderr);
        var result = JObject.Parse(await stdout);
        Assert.That((string?)result["target"], Does.StartWith("the embedded fake"));
        Assert.That(result["steps"]!.Select(s => (string?)s["step"]).ToList(), Does.Contain("Network").And.Count.GreaterThan(5), "the net8.0 assembly ran the offline demo end to end");
    }

    [Test]
    public async Task Demo_tells_the_whole_story_offline_and_exits_zero()
    {
        var (code, stdout, stderr) = await Run("demo");

        Assert.That(code, Is.Zero, stderr);
        Assert.That(stderr, Is.Empty);
        Assert.That(stdout, Does.Contain("embedded fake").And.Contain("Register a patient from PDS").And.Contain("Reserve the slot")
            .And.Contain("Confirm the booking").And.Contain("Send an SMS with write-to-record").And.Contain("Elements access token")
            .And.Contain("signature Valid").And.Contain("BadSignature").And.Contain("Demo complete."));
        Assert.That(stdout, Does.Not.Contain("999000"), "NHS numbers are shown redacted");
        Assert.That(stdout, Does.Not.Contain("eyJ"), "the token value is not shown");
    }

    [Test]
    public async Task Request_sends_any_endpoint_through_the_pipeline_and_answers_json()
    {
        var body = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(body, """{"event_type":"appointment.confirmed","url":"https://partner.example/hero","signing_key":"k-0123456789"}""");

            var get = await Run("request", "GET", "v1/me", "--json");
            var templated = await Run("request", "GET", "v1/patients/{id}", "--arg", "9001", "--json");
            var post = await Run("request", "POST", "v1/webhooks", "--body", body, "--json");
            var bad = await Run("request", "GET", "v1/appointments/{id}", "--arg", "..");
            var missing = await Run("request", "GET", "v1/appointments/{id}", "--arg", "999999", "--json");

            Assert.That(get.Code, Is.Zero, get.Stderr);
            Assert.That((int)JObject.Parse(get.Stdout)["status"]!, Is.EqualTo(200));
            Assert.That(templated.Code, Is.Zero, templated.Stderr);
            Assert.That(post.Code, Is.Zero, post.Stderr);
            Assert.That((string?)JObject.Parse(post.Stdout).SelectToken("body.event_type"), Is.EqualTo("appointment.confirmed"));
            Assert.That(bad.Code, Is.EqualTo(2), "a path argument that points elsewhere is a usage error");
            Assert.That(bad.Stderr, Does.Contain("cannot be '.' or '..'").And.Not.Contain("(Parameter"), "the SDK's words, without .NET's parameter suffix");
            Assert.That(missing.Code, Is.EqualTo(1), "an API failure");
            Assert.That(missing.Stderr, Does.Contain("GET v1/appointments/{id}").And.Not.Contain("999999"));
        }
        finally
        {
            File.Delete(body);
        }
    }

    [Test]
    public async Task Demo_json_is_one_document_for_scripts()
    {
        var (code, stdout, _) = await Run("demo", "--json");

        var json = JObject.Parse(stdout);
        Assert.That(code, Is.Zero);
        Assert.That(json["steps"]!.Count(), Is.EqualTo(13));
        Assert.That((string?)json.SelectToken("steps[12].verdict"), Is.EqualTo("Replayed"));
        Assert.That((string?)json.SelectToken("steps[10].verdict"), Is.EqualTo("Valid"));
    }

    [TestCase(new[] { "nhs-number", "check", "943 476 5919" }, 0, "valid NHS number (*** *** 5919)")]
    [TestCase(new[] { "nhs-number", "check", "943-476-5919" }, 0, "943 476 5919")]
    [TestCase(new[] { "nhs-number", "check", "9434765918" }, 1, "check digit")]
    [TestCase(new[] { "nhs-number", "check", "94347659" }, 1, "this has 8")]
    [TestCase(new[] { "nhs-number", "check", "943476591X" }, 1, "only digits")]
    public async Task Nhs_number_check_exits_by_validity(string[] args, int expected, string text)
    {
        var (code, stdout, _) = await Run(args);
        Assert.That(code, Is.EqualTo(expected));
        Assert.That(stdout, Does.Contain(text));
    }

    [Test]
    public async Task Webhook_verify_gives_the_verdict_and_exit_code()
    {
        const string key = "cli-signing-key-0123456789";
        var body = Path.GetTempFileName();
        await File.WriteAllTextAsync(body, """{"object":"Appointment","id":"31","practice_group_id":"1","event":"appointment.confirmed"}""");
        var ts = "1764000000";
        var signature = HeroWebhookSigner.Sign(key, ts, await File.ReadAllBytesAsync(body));
        try
        {
            var valid = await Run("webhooks", "verify", "--signing-key", key, "--timestamp", ts, "--signature", signature, "--body-file", body, "--now", "1764000060");
            var stale = await Run("webhooks", "verify", "--signing-key", key, "--timestamp", ts, "--signature", signature, "--body-file", body, "--now", "1764000400");
            var wide = await Run("webhooks", "verify", "--signing-key", key, "--timestamp", ts, "--signature", signature, "--body-file", body, "--now", "1764000400", "--tolerance-seconds", "600");
            var wrong = await Run("webhooks", "verify", "--signing-key", "another-key-0123456789", "--timestamp", ts, "--signature", signature, "--body-file", body, "--now", "1764000060", "--json");

            Assert.That((valid.Code, valid.Stdout.Trim()), Is.EqualTo((0, "Valid: Valid.")));
            Assert.That(stale.Code, Is.EqualTo(1));
            Assert.That(stale.Stdout, Does.StartWith("Stale"));
            Assert.That(wide.Code, Is.Zero);
            Assert.That(wrong.Code, Is.EqualTo(1));
            Assert.That((string?)JObject.Parse(wrong.Stdout)["status"], Is.EqualTo("BadSignature"));
            Assert.That(wrong.Stdout + wrong.Stderr, Does.Not.Contain("another-key"), "the key is not echoed");
        }
        finally
        {
            File.Delete(body);
        }
    }

    [TestCase(new[] { "messages", "list-batch-messages", "--page-size", "abc" }, "--page-size must be an integer, not 'abc'.")]
    [TestCase(new[] { "bogus" }, "Unrecognized command or argument 'bogus'. See 'hero --help'.")]
    [TestCase(new[] { "slotz", "list" }, "Did you mean 'slots'?")]
    [TestCase(new[] { "slots", "list", "--frm", "2026-01-01" }, "Unrecognized command or argument '--frm'. Did you mean '--from'? See 'hero slots list --help'.")]
    [TestCase(new[] { "demo", "--no-such-flag" }, "Unrecognized command or argument '--no-such-flag'")]
    [TestCase(new[] { "slots" }, "'hero slots' needs a command: list.")]
    [TestCase(new[] { "slots", "list", "--from", "01/12/2026" }, "--from must be a date as yyyy-MM-dd, not '01/12/2026'")]
    [TestCase(new[] { "slots", "list", "--from" }, "Required argument missing for option: '--from'")]
    [TestCase(new[] { "patients", "register", "--nhs-number", "9434765918", "--dob", "1992-01-01" }, "--nhs-number: The NHS number's check digit is wrong")]
    [TestCase(new[] { "messages", "send", "--patient", "9001", "--text", "hi", "--to", "020 7946 0000" }, "UK mobile number")]
    [TestCase(new[] { "messages", "send", "--patient", "9001", "--text", "hi", "--channel", "fax" }, "--channel must be sms, email, nhs-app or hero, not 'fax'")]
    [TestCase(new[] { "webhooks", "verify", "--signing-key", "k" }, "Option '--timestamp' is required")]
    [TestCase(new[] { "webhooks", "verify", "--signing-key", "k", "--timestamp", "1", "--signature", "s", "--body-file", "f", "--tolerance-seconds", "-5" }, "--tolerance-seconds must be a whole number from 0")]
    [TestCase(new[] { "me", "--env", "staging", "--api-key", "super-secret-cli-key" }, "needs a practice group")]
    [TestCase(new[] { "me", "--env", "qa" }, "--env must be fake, local, mock, staging or production, not 'qa'")]
    [TestCase(new[] { "me", "--base-address", "not a url" }, "--base-address must be an absolute URL")]
    [TestCase(new[] { "request", "FETCH", "v1/me" }, "METHOD must be GET, POST, PUT, PATCH or DELETE, not 'FETCH'")]
    [TestCase(new[] { "fake", "confirm", "5002" }, "talks to a served fake")]
    [TestCase(new[] { "--env", "staging", "nhs-number", "check", "943 476 5919" }, "--env does not apply to 'hero nhs-number check': it calls no API.")]
    [TestCase(new[] { "nhs-number", "check", "943 476 5919", "--env", "staging" }, "Unrecognized command or argument '--env'.")]
    public async Task User_mistakes_are_one_line_with_exit_code_2_and_no_secrets(string[] args, string message)
    {
        var (code, stdout, stderr) = await Run(args);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");
        Assert.That(stderr, Does.StartWith("hero: ").And.Contain(message));
        Assert.That(stdout + stderr, Does.Not.Contain("super-secret-cli-key"));
    }

    [Test]
    public async Task Api_failures_exit_1_with_the_operation_named()
    {
        var (code, _, stderr) = await Run("appointments", "get", "424242");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr.Trim(), Does.StartWith("hero: Hero Health API call getAppointment (GET v1/appointments/{id}) failed: HTTP 404"));
    }

    [Test]
    public async Task Everyday_commands_work_against_the_fake()
    {
        Assert.That((await Run("capabilities")).Stdout, Does.Contain("sms_messaging"));
        Assert.That((await Run("network", "--json")).Stdout, Does.Contain("1002"));
        Assert.That((await Run("--practice-group", "1002", "me")).Stdout, Does.Contain("Practice group 1002"), "target options go before the command too");
        Assert.That((await Run("patients", "register", "--nhs-number", FakeNhs(), "--dob", "1992-01-01")).Stdout, Does.Contain("Hero patient id 9001"));
        Assert.That((await Run("messages", "send", "--patient", "9001", "--text", "hello", "--channel", "email")).Stdout, Does.StartWith("Sent email message"));
        Assert.That((await Run("slots", "list", "--from", "2030-01-07", "--to", "2030-01-07")).Stdout, Does.Contain("24 slot(s)"));
        Assert.That((await Run("token")).Stdout.Split('\n')[0].Split('.'), Has.Length.EqualTo(3));
        var created = await Run("webhooks", "create", "--event", "appointment.cancelled", "--url", "https://partner.example/h", "--json");
        Assert.That((string?)JObject.Parse(created.Stdout)["event_type"], Is.EqualTo("appointment.cancelled"));
        Assert.That((await Run("webhooks", "list")).Stdout, Does.Contain("0 webhook(s)"), "each run starts a fresh fake");
        Assert.That((await Run("me")).Code, Is.Zero);
        Assert.That((await Run("configuration")).Code, Is.Zero);
        var bare = await Run();
        Assert.That(bare.Code, Is.EqualTo(2), "a bare 'hero' is not a successful command");
        Assert.That(bare.Stdout, Does.Contain("Usage:").And.Contain("nhs-number"), "but shows what there is");
    }

    private static string FakeNhs() => HeroHealth.Client.Testing.FakeHero.SyntheticPatients[0].NhsNumber.Digits;

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => CliRun.RunAsync(args);
}
