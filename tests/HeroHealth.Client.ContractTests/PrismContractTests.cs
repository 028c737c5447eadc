using System.Reflection;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json;

namespace HeroHealth.Client.ContractTests;

/// <summary>
/// Every operation of the spec through the facade against Prism, an independent mock that validates each request
/// against openapi/hero-public-api.yaml: a request Prism rejects is a failure, and every response must deserialize.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PrismContractTests
{
    private PrismServer? _prism;
    private HeroHealthClient _hero = null!;
    private WireRecorder _wire = null!;

    [OneTimeSetUp]
    public async Task StartPrism()
    {
        var cli = PrismServer.FindPrism(out var root);
        if (cli is null || !NodeAvailable())
        {
            const string Why = "Prism is not installed (run `npm ci` at the repository root; Node.js 20+ is needed).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Why + " Under CI=true the contract suite must run.");
            }

            Assert.Ignore(Why + " Skipping the contract tests locally.");
        }

        _prism = await PrismServer.StartAsync(cli, Path.Combine(root!, "openapi", "hero-public-api.yaml"), TimeSpan.FromSeconds(90));
        _wire = new WireRecorder(new SocketsHttpHandler { AllowAutoRedirect = false });
        _hero = new HeroHealthClient(new HeroHealthClientOptions
        {
            ApiKey = "contract-test-key",
            PracticeGroupId = "123",
            BaseAddress = _prism.BaseAddress,
            Retry = { Enabled = false },
        }, _wire);
    }

    [OneTimeTearDown]
    public void StopPrism()
    {
        _hero?.Dispose();
        _wire?.Dispose();
        _prism?.Dispose();
    }

    public static IEnumerable<TestCaseData> Operations() =>
        OpenApiSpec.Operations.Select(op => new TestCaseData(op).SetName($"Prism accepts {op.OperationId} ({op.Method} {op.Path})"));

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_is_valid_for_Prism_and_its_response_deserializes(SpecOperation op)
    {
        var (clientType, method) = GeneratedClients.Find(op);
        var client = typeof(HeroHealthClient).GetProperties().Single(p => p.PropertyType.IsAssignableFrom(clientType)).GetValue(_hero)!;
        var args = method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : p.Name == "body" ? SchemaSamples.ForSchema(op.RequestBodySchema, op.RequestBodyExample).ToObject(p.ParameterType, JsonSerializer.Create(HeroJson.CreateSettings()))
            : OperationArguments.For(p.ParameterType).Value).ToArray();

        _wire.Violations.Clear();
        try
        {
            var task = (Task)method.Invoke(client, args)!;
            await task;
            var result = task.GetType().GetProperty("Result")?.GetValue(task);
            if (op.Success.Schema is not null && (bool?)op.Success.Schema["nullable"] != true)
            {
                Assert.That(result, Is.Not.Null, "the documented body deserialized");
            }
        }
        catch (HeroHealthApiException ex)
        {
            Assert.Fail($"{op.OperationId} failed: HTTP {ex.StatusCode}\n{ex.ResponseBody}\n{_prism!.RecentLog}");
        }

        // Violations located in the response are Hero's own placeholder examples; anything else is our request.
        var ours = _wire.Violations.Where(v => !v.StartsWith("response", StringComparison.Ordinal)).ToList();
        Assert.That(ours, Is.Empty, $"Prism found the request for {op.OperationId} invalid");
    }

    [Test]
    public async Task Invalid_requests_are_refused_before_anything_is_sent()
    {
        var before = _wire.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => _hero.Messages.SendSmsAsync("1", "hello", new SmsOptions { Recipient = "020 7946 0000" }));
        await Assert.ThrowsAsync<ArgumentException>(() => _hero.Messages.SendEmailAsync("abc", "hello"));
        await Assert.ThrowsAsync<ArgumentException>(() => _hero.Messages.SendHeroMessageAsync("1", "   "));
        await Assert.ThrowsAsync<ArgumentException>(() => _hero.Patients.RegisterFromPdsAsync(default, new DateOnly(1990, 1, 1)));
        await Assert.ThrowsAsync<ArgumentException>(() => _hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("http://not-tls.example/"), null));
        Assert.Throws<ArgumentException>(() => _hero.ForPracticeGroup("12a"));
        Assert.That(NhsNumber.TryParse("9434765918", out _), Is.False);

        Assert.That(_wire.Count, Is.EqualTo(before), "Prism received nothing");
    }

    [Test]
    public async Task Prism_itself_rejects_a_request_that_breaks_the_spec()
    {
        // Proves the suite can fail: a body missing required fields and one without credentials, sent raw.
        using var http = new HttpClient(new WireRecorder(new SocketsHttpHandler())) { BaseAddress = _prism!.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/appointments") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("x-api-key", "k");
        request.Headers.Add("x-practice-group-id", "1");
        using var noKey = new HttpRequestMessage(HttpMethod.Get, "v1/me/capabilities");

        using var response = await http.SendAsync(request);
        using var unauthorised = await http.SendAsync(noKey);

        var violations = WireRecorder.ViolationsOf(response);
        Assert.That(violations, Has.Some.Contains("appointment_type_id"));
        Assert.That(violations, Has.Some.Contains("start_time"));
        Assert.That((int)unauthorised.StatusCode, Is.EqualTo(401));
    }

    private static bool NodeAvailable()
    {
        try
        {
            using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            node!.WaitForExit(10_000);
            return node.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
