using System.Globalization;
using HeroHealth.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Cli;

/// <summary>
/// The hero tool says what happened to a send, against a loopback server: Ctrl+C after the request left says the
/// message may have been sent and how to check, and Hero's error body is shown with patient data redacted.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CliTruthTests
{
    private const string ErrorBodyJson = """
        {"error":true,"statusCode":400,"message":[{"code":"invalid_string","expected":"nhs_number","path":["patient","nhs_number"],
          "received":"943 476 5919","message":"Invalid NHS number 943 476 5919 for jane.smith@example.com, see https://x.example/t/abc"}]}
        """;

    private WebApplication _server = null!;
    private Uri _address = null!;
    private Func<HttpContext, Task> _behaviour = _ => Task.CompletedTask;

    [OneTimeSetUp]
    public async Task Start()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Run(context => _behaviour(context));
        await _server.StartAsync();
        _address = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private Task<(int Code, string Stdout, string Stderr)> Send(CancellationToken cancellationToken, params string[] extra)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        string[] args = ["messages", "send", "--patient", "9001", "--text", "Your flu jab is on Tuesday.", "--base-address", _address.AbsoluteUri, "--api-key", "cli-truth-key-0123456789", "--practice-group", "1001", .. extra];
        return HeroCli.RunAsync(args, stdout, stderr, _ => null, cancellationToken)
            .ContinueWith(t => (t.Result, stdout.ToString(), stderr.ToString()), TaskScheduler.Default);
    }

    [Test]
    public async Task Ctrl_c_after_the_send_left_says_it_may_have_been_sent_and_how_to_check()
    {
        var received = 0;
        _behaviour = async context =>
        {
            Interlocked.Increment(ref received);
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
        };
        using var ctrlC = new CancellationTokenSource();

        var run = Send(ctrlC.Token);
        while (Volatile.Read(ref received) == 0)
        {
            await Task.Delay(20);
        }

        await ctrlC.CancelAsync();
        var (code, _, stderr) = await run;
        var jsonRun = Send(new CancellationTokenSource(TimeSpan.FromMilliseconds(800)).Token, "--json");
        var (jsonCode, _, jsonErr) = await jsonRun;
        var error = JObject.Parse(jsonErr)["error"]!;

        Assert.That(code, Is.EqualTo(130));
        Assert.That(stderr, Does.Contain("may have reached Hero").And.Contain("sendMessage may have been carried out").And.Contain("Hero inbox"), "was 'hero: cancelled'");
        Assert.That(jsonCode, Is.EqualTo(130));
        Assert.That(((string?)error["kind"], (bool?)error["may_have_been_delivered"], (string?)error["operation"]), Is.EqualTo(("cancelled", (bool?)true, "sendMessage")));
    }

    [Test]
    public async Task Every_value_the_request_carried_is_masked_wherever_hero_echoes_it()
    {
        // A server that echoes everything it was sent, in fields, free text, keys and headers' words.
        _behaviour = async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var sent = JObject.Parse(await reader.ReadToEndAsync());
            var key = context.Request.Headers["x-api-key"].ToString();
            var text = (string?)sent.SelectToken("$..text") ?? (string?)sent.SelectToken("$..message") ?? "";
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(new JObject
            {
                ["error"] = true,
                ["statusCode"] = 400,
                ["message"] = new JArray(new JObject
                {
                    ["code"] = "custom",
                    ["path"] = new JArray("message", "text"),
                    ["message"] = $"key {key} may not send '{text}' to patient 9001 in group 1001",
                    ["detail"] = new JObject { [text] = sent, ["echo"] = sent.ToString(Newtonsoft.Json.Formatting.None) },
                }),
            }.ToString());
        };
        string[] secretish = ["cli-truth-key-0123456789", "Your flu jab is on Tuesday", "9001", "1001"];

        var runs = new[] { await Send(CancellationToken.None), await Send(CancellationToken.None, "--json") };

        foreach (var (code, stdout, stderr) in runs)
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(stderr, Does.Contain("custom").And.Contain("Hero said:").Or.Contain("response_body"), "Hero's structure is still shown");
            foreach (var value in secretish)
            {
                Assert.That(stdout + stderr, Does.Not.Contain(value), $"'{value}' was sent, so it is masked wherever Hero echoes it");
            }
        }
    }

    [Test]
    public async Task A_400_shows_heros_error_body_with_patient_data_redacted()
    {
        _behaviour = async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(ErrorBodyJson);
        };

        var (code, _, stderr) = await Send(CancellationToken.None);
        var (_, _, jsonErr) = await Send(CancellationToken.None, "--json");
        var body = JObject.Parse(jsonErr)["error"]!["response_body"]!;

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("invalid_string").And.Contain("nhs_number").And.Contain("Hero said:"), "was 'See ResponseBody', which a tool user cannot see");
        foreach (var text in new[] { stderr, jsonErr })
        {
            Assert.That(text, Does.Not.Contain("5919").And.Not.Contain("jane").And.Not.Contain("x.example").And.Not.Contain("cli-truth-key"));
        }

        Assert.That(stderr, Does.Match("request id [0-9a-f]{8}-[0-9a-f]{4}-"), "for a support ticket");
        Assert.That((string?)JObject.Parse(jsonErr)["error"]!["client_request_id"], Does.Match("^[0-9a-f-]{36}$"));
        Assert.That((string?)body.SelectToken("message[0].code"), Is.EqualTo("invalid_string"));
        Assert.That(body.SelectToken("message[0].path")!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("""["patient","nhs_number"]"""));
        Assert.That((string?)body.SelectToken("message[0].received"), Is.EqualTo("***"));
        Assert.That((string?)body.SelectToken("message[0].message"), Is.EqualTo("Invalid NHS number *** for ***@***, see (url)"));
    }
}
