using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using HeroHealth.Client.Tests.Support;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Logs, spans and metrics describe each attempt without any secret or patient data.</summary>
[TestFixture]
[NonParallelizable] // ActivityListener and MeterListener are process-wide
public class ObservabilityTests
{
    private static readonly string[] Forbidden =
    [
        FacadeHarness.ApiKey, "943 476 5919", "9434765919", "Jane", "Smith", "07700 900123", "jane.smith@example.test",
        "Your flu jab is booked for Tuesday", "1992-01-01", "SW1A 1AA",
    ];

    [Test]
    public async Task Each_call_carries_one_request_id_on_every_attempt_and_its_failure_names_both_ids()
    {
        using var h = new FacadeHarness();
        var seen = new List<string>();
        h.Mock.When(HttpMethod.Get, "*/v1/slots/7").Respond(request =>
        {
            seen.Add(request.Headers.GetValues("x-request-id").Single());
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("{}") };
            response.Headers.TryAddWithoutValidation("x-request-id", "hero-gw-" + seen.Count);
            return response;
        });

        var ex = await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.Booking.GetSlotAsync("7"));
        var logs = h.Logs.GetSnapshot().Select(r => r.Message).ToList();

        Assert.That(seen, Has.Count.GreaterThan(1), "retried");
        Assert.That(seen.Distinct().Single(), Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), "one id, the same on every attempt");
        Assert.That(ex!.ClientRequestId, Is.EqualTo(seen[0]), "quote it to Hero's support");
        Assert.That(ex.ServerRequestId, Is.EqualTo("hero-gw-" + seen.Count), "the id Hero's gateway gave the last attempt");
        Assert.That(logs, Has.Some.Contains(seen[0]).And.Some.Contains("hero-gw-1"));
    }

    [Test]
    public async Task A_request_id_set_by_a_policy_of_yours_is_kept_as_the_calls_id()
    {
        using var h = new FacadeHarness(o => o.AddPolicy(new HeaderPolicy("x-request-id", "ticket-4711"), HeroPipelinePosition.PerCall));
        string? sent = null;
        h.Mock.When(HttpMethod.Get, "*/v1/slots/8").Respond(request =>
        {
            sent = request.Headers.GetValues("x-request-id").Single();
            return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{}") };
        });

        var ex = await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => h.Client.Booking.GetSlotAsync("8"));

        Assert.That((sent, ex!.ClientRequestId), Is.EqualTo(("ticket-4711", "ticket-4711")));
    }

    private sealed class HeaderPolicy(string name, string value) : HeroPipelinePolicy
    {
        public override ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.TryAddWithoutValidation(name, value);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }

    [Test]
    public async Task A_full_sendMessage_and_register_pds_log_nothing_sensitive_at_trace_level()
    {
        using var h = new FacadeHarness();
        using var spans = new SpanCollector();
        var calls = 0;
        h.Mock.When(HttpMethod.Post, "*/v1/patients/register_pds").Respond(_ => ++calls <= 2
            ? new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("""{"nhs_number":"943 476 5919"}""") }
            : RetryPolicyTests.Json("""{"patient_id":"77"}"""));
        h.Mock.When(HttpMethod.Post, "*/v1/messages/send").Respond(_ => RetryPolicyTests.Json(RetryPolicyTests.Sample("SentMessage", ("content", "Your flu jab is booked for Tuesday"))));
        h.Mock.When(HttpMethod.Get, "*/v3/patients").Respond(HttpStatusCode.NotFound, "application/json", """{"message":"no Jane Smith"}""");

        await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.Patients.RegisterPatientPdsAsync(new RegisterPatientPdsRequest
        {
            NhsNumber = "943 476 5919",
            Dob = new DateOnly(1992, 1, 1),
            AdditionalProperties = { ["forename"] = "Jane", ["surname"] = "Smith", ["postcode"] = "SW1A 1AA" },
        }));
        await h.Client.WithNonIdempotentRetries().Patients.RegisterPatientPdsAsync(new RegisterPatientPdsRequest { NhsNumber = "9434765919", Dob = new DateOnly(1992, 1, 1) });
        await h.Client.Messages.SendMessageAsync(new SendMessageRequest
        {
            PatientId = "77",
            MessageType = SendMessageRequestMessageType.Email,
            MessageString = "Your flu jab is booked for Tuesday",
            RecipientContactDetail = "jane.smith@example.test",
            FallbackContactDetail = "07700 900123",
        });
        await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => h.Client.Patients.ListPatientsV3Async(firstName: "Jane", lastName: "Smith", nhsNumber: "9434765919", dob: "1992-01-01"));

        var records = h.Logs.GetSnapshot();
        Assert.That(records, Has.Count.GreaterThanOrEqualTo(5), "one event per attempt, plus retry decisions");
        var text = string.Join("\n", records.Select(r => r.Message + " " + string.Join(",", r.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []) + " " + r.Exception));
        foreach (var secret in Forbidden)
        {
            Assert.That(text, Does.Not.Contain(secret), $"logs must not contain {secret}");
        }

        Assert.That(text, Does.Contain("registerPatientPds").And.Contain("v1/patients/register_pds").And.Contain("attempt 2"));
        Assert.That(text, Does.Contain("not retried"), "the refusal to resend a POST is visible");
        Assert.That(records.Where(r => r.Message.Contains("sendMessage", StringComparison.Ordinal)).Single().Level, Is.EqualTo(LogLevel.Debug));

        var tags = string.Join("\n", spans.Stopped.SelectMany(a => a.TagObjects.Select(t => t.Key + "=" + t.Value)).Concat(spans.Stopped.Select(a => a.DisplayName)));
        foreach (var secret in Forbidden)
        {
            Assert.That(tags, Does.Not.Contain(secret), $"spans must not contain {secret}");
        }
    }

    [Test]
    public async Task Each_attempt_is_a_client_span_with_OpenTelemetry_http_attributes()
    {
        using var h = new FacadeHarness();
        using var spans = new SpanCollector();
        var calls = 0;
        h.Mock.When("*").Respond(_ => ++calls == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : RetryPolicyTests.Json("""{"id":"1"}"""));

        await h.Client.Booking.GetSlotAsync("123456");

        var attempts = spans.Stopped.Where(a => a.DisplayName == "GET v1/slots/{id}").ToList();
        Assert.That(attempts, Has.Count.EqualTo(2));
        Assert.That(attempts[0].Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(attempts[0].GetTagItem("http.request.method"), Is.EqualTo("GET"));
        Assert.That(attempts[0].GetTagItem("url.template"), Is.EqualTo("v1/slots/{id}"));
        Assert.That(attempts[0].GetTagItem("server.address"), Is.EqualTo("api.staging.htech.app"));
        Assert.That(attempts[0].GetTagItem("http.response.status_code"), Is.EqualTo(503));
        Assert.That(attempts[0].Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(attempts[1].GetTagItem("http.request.resend_count"), Is.EqualTo(1));
        Assert.That(attempts[1].GetTagItem("hero.operation_id"), Is.EqualTo("getSlot"));
        Assert.That(attempts.SelectMany(a => a.TagObjects).Select(t => t.Value?.ToString()), Has.None.Contains("123456"));
    }

    [Test]
    public async Task Request_duration_is_measured_per_operation_and_status()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*").Respond("application/json", """{"id":"1"}""");
        var measurements = new ConcurrentBag<(double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == HeroHealthDiagnostics.SourceName && instrument.Name == HeroHealthDiagnostics.RequestDurationInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            measurements.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        await h.Client.Booking.GetSlotAsync("1");

        var m = measurements.Single(x => (string?)x.Tags["hero.operation_id"] == "getSlot");
        Assert.That(m.Value, Is.GreaterThanOrEqualTo(0));
        Assert.That(m.Tags["http.response.status_code"], Is.EqualTo(200));
        Assert.That(m.Tags["http.request.method"], Is.EqualTo("GET"));
    }

    private sealed class SpanCollector : IDisposable
    {
        private readonly ActivityListener _listener;

        public SpanCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == HeroHealthDiagnostics.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a => Stopped.Enqueue(a),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ConcurrentQueue<Activity> Stopped { get; } = new();

        public void Dispose() => _listener.Dispose();
    }
}
