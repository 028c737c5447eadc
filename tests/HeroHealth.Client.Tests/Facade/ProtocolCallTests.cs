using System.Net;
using HeroHealth.Client.Testing;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using ReadmeExamples;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>hero.SendAsync(HeroRequest): any endpoint through the same pipeline as the generated operations.</summary>
[TestFixture]
public class ProtocolCallTests
{
    [Test]
    public async Task A_get_to_a_known_operation_reads_back_as_its_generated_model()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();
        var slot = (await hero.Booking.FindSlotsAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)))[0];
        var reservation = await hero.Booking.ReserveAsync(slot, "9001");

        var response = await hero.SendAsync(HeroRequest.Get("v1/appointments/{id}", reservation.Id));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.ReadAs<Appointment>()!.Id, Is.EqualTo(reservation.Id));
        Assert.That(response.Headers["Content-Type"].Single(), Does.StartWith("application/json"));
        Assert.That(response.ToString(), Does.Not.Contain(reservation.Id));
    }

    [Test]
    public async Task The_booking_flow_completes_with_a_protocol_call_for_the_confirmation()
    {
        // Hero's "Book an Appointment" path is not public: the test maps the placeholder path the README uses.
        using var fake = new FakeHero();
        fake.Map(HttpMethod.Post, "v1/appointments/{id}/book", async request =>
        {
            await request.Fake.ConfirmAppointmentAsync(request.PathParameters["id"]);
            return FakeHeroResponse.Ok(new JObject { ["id"] = request.PathParameters["id"], ["status"] = "confirmed" });
        });
        using var hero = fake.CreateClient();
        await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("https://partner.example/hero"), "signing-key-0123456789");
        var slot = (await hero.Booking.FindSlotsAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)))[0];
        var reservation = await hero.Booking.ReserveAsync(slot, "9001");

        var booked = await hero.SendAsync(HeroRequest.Post("v1/appointments/{id}/book", reservation.Id).WithJsonBody(new { notify_patient = true }).WithOperationId("bookAppointment"));
        var appointment = await hero.Booking.GetAppointmentAsync(reservation.Id);

        Assert.That((string?)booked.ReadJson()!["status"], Is.EqualTo("confirmed"));
        Assert.That(appointment!.BookingConfirmedAt, Is.Not.Null);
        Assert.That(fake.Deliveries.Single().EventName, Is.EqualTo("appointment.confirmed"));
    }

    [Test]
    public async Task The_readme_booking_flow_runs_from_slots_to_a_confirmed_booking_against_the_fake()
    {
        using var fake = new FakeHero();
        fake.Map(HttpMethod.Post, "v1/appointments/{id}/book", async request =>
        {
            await request.Fake.ConfirmAppointmentAsync(request.PathParameters["id"]);
            return FakeHeroResponse.Ok(new JObject { ["id"] = request.PathParameters["id"] });
        });
        using var hero = fake.CreateClient();
        await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("https://partner.example/hero"), "signing-key-0123456789");

        var reservation = await ReadmeSnippets.HoldSlot(hero, "9001", CancellationToken.None);
        var held = await hero.Booking.GetAppointmentAsync(reservation.Id);
        var confirmed = await ReadmeSnippets.ConfirmBooking(hero, reservation, CancellationToken.None);

        Assert.That(held!.BookingConfirmedAt, Is.Null, "reserving only holds the slot");
        Assert.That(confirmed!.BookingConfirmedAt, Is.Not.Null);
        Assert.That(confirmed.PatientId, Is.EqualTo("9001"));
        var delivery = fake.Deliveries.Single();
        Assert.That(delivery.EventName, Is.EqualTo("appointment.confirmed"));
        Assert.That(delivery.Signature, Is.Not.Null);
    }

    [Test]
    public async Task The_readme_confirmation_snippet_runs_against_the_fake()
    {
        using var fake = new FakeHero();
        fake.Map(HttpMethod.Post, "v1/appointments/{id}/book", async request =>
        {
            await request.Fake.ConfirmAppointmentAsync(request.PathParameters["id"]);
            return FakeHeroResponse.Ok(new JObject { ["id"] = request.PathParameters["id"] });
        });
        using var hero = fake.CreateClient();
        var slot = (await hero.Booking.FindSlotsAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)))[0];
        var reservation = await hero.Booking.ReserveAsync(slot, "9001");

        var confirmed = await ReadmeSnippets.ConfirmBooking(hero, reservation, CancellationToken.None);

        Assert.That(confirmed?.BookingConfirmedAt, Is.Not.Null);
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase(".")]
    [TestCase("..")]
    [TestCase("a/b")]
    [TestCase("31?admin=true")]
    [TestCase("31#x")]
    [TestCase("a\\b")]
    [TestCase("31\n")]
    public void A_path_argument_that_would_point_elsewhere_is_refused_before_any_request(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => HeroRequest.Post("v1/appointments/{id}/book", id));

        Assert.That(ex!.ParamName, Is.EqualTo("pathArguments[0]"));
        if (id.Trim().Length > 2)
        {
            Assert.That(ex.Message, Does.Not.Contain(id.Trim()));
        }
    }

    [TestCase("https://evil.example/v1/x")]
    [TestCase("//evil.example/v1/x")]
    [TestCase("v1/x?y=1")]
    [TestCase("v1/{id")]
    [TestCase("v1/{}")]
    public void A_template_that_is_not_a_relative_path_is_refused(string template)
    {
        Assert.That(() => HeroRequest.Get(template, template.Contains('{', StringComparison.Ordinal) ? ["1"] : []), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void The_argument_count_must_match_the_placeholders() =>
        Assert.That(() => HeroRequest.Get("v1/appointments/{id}"), Throws.ArgumentException.With.Message.Contains("1 placeholder(s) but 0"));

    [Test]
    public async Task It_runs_the_pipeline_headers_scoping_escaping_and_query()
    {
        using var h = new FacadeHarness();
        HttpRequestMessage? seen = null;
        h.Mock.When("*").Respond(req =>
        {
            seen = req;
            return RetryPolicyTests.Json("""{"ok":true}""");
        });

        await h.Client.ForPracticeGroup("789").SendAsync(HeroRequest.Get("v1/things/{name}", "a b+c").WithQuery("from_date", "2026-12-01").WithQuery("tag", "x").WithQuery("tag", "y&z"));

        Assert.That(seen!.RequestUri!.AbsoluteUri, Is.EqualTo("https://api.staging.htech.app/v1/things/a%20b%2Bc?from_date=2026-12-01&tag=x&tag=y%26z"));
        Assert.That(seen.Headers.GetValues("x-api-key").Single(), Is.EqualTo(FacadeHarness.ApiKey));
        Assert.That(seen.Headers.GetValues("x-practice-group-id").Single(), Is.EqualTo("789"));
        Assert.That(seen.Headers.UserAgent.ToString(), Does.Contain("HeroHealth.Client/"));
    }

    [Test]
    public async Task A_post_is_sent_once_a_get_is_retried_and_safe_to_repeat_opts_in()
    {
        using var h = new FacadeHarness();
        var counts = new Dictionary<string, int>();
        h.Mock.When("*").Respond(req =>
        {
            var key = $"{req.Method} {req.RequestUri!.AbsolutePath}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        });

        var post = await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.SendAsync(HeroRequest.Post("v1/appointments/{id}/book", "31")));
        await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.SendAsync(HeroRequest.Get("v1/appointments/{id}/status", "31")));
        await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.SendAsync(HeroRequest.Post("v1/appointments/{id}/status", "31").AsSafeToRepeat()));

        Assert.That(counts["POST /v1/appointments/31/book"], Is.EqualTo(1));
        Assert.That(counts["GET /v1/appointments/31/status"], Is.EqualTo(3));
        Assert.That(counts["POST /v1/appointments/31/status"], Is.EqualTo(3));
        Assert.That(post!.MayHaveBeenDelivered, Is.True);
        Assert.That(post.Message, Does.Contain("POST v1/appointments/{id}/book").And.Not.Contain("/31/"));
    }

    [Test]
    public async Task Errors_are_typed_and_name_the_template_and_the_operation_id()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*").Respond(HttpStatusCode.NotFound, "application/json", """{"message":"Jane Smith not found"}""");

        var ex = await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => h.Client.SendAsync(HeroRequest.Post("v1/appointments/{id}/book", "9434765919").WithOperationId("bookAppointment")));

        Assert.That(ex!.OperationId, Is.EqualTo("bookAppointment"));
        Assert.That(ex.Message, Does.Contain("bookAppointment (POST v1/appointments/{id}/book)").And.Not.Contain("9434765919").And.Not.Contain("Jane"));
        var logs = string.Join("\n", h.Logs.GetSnapshot().Select(r => r.Message));
        Assert.That(logs, Does.Contain("v1/appointments/{id}/book").And.Not.Contain("9434765919"));
    }

    [Test]
    public async Task Slot_filters_hero_did_not_name_pass_through_the_same_pipeline()
    {
        using var h = new FacadeHarness();
        var seen = Capture(h, "*/v1/slots", """{"data":[{"id":"1","location_id":"21"}]}""");

        var slots = await h.Client.ForPracticeGroup("789").Booking.FindSlotsAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7),
            [new("location_id", "21"), new("practitioner_id", "11"), new("practitioner_id", "12")]);

        Assert.That(slots.Single().LocationId, Is.EqualTo("21"));
        AssertSentThroughThePipeline(h, seen(), "?start_date=2026-12-01&end_date=2026-12-07&location_id=21&practitioner_id=11&practitioner_id=12", "789", "listSlots");
    }

    [Test]
    public async Task Slot_filters_reach_a_mock_rather_than_being_dropped()
    {
        var mock = System.Reflection.DispatchProxy.Create<IBookingClient, RecordingProxy>();

        await mock.FindSlotsAsync(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), [new("location_id", "21")]);

        var (method, args) = ((RecordingProxy)(object)mock).Calls.Single();
        Assert.That(method, Is.EqualTo(nameof(IBookingClient.ListSlotsAsync)));
        Assert.That((IEnumerable<KeyValuePair<string, string>>)args[2]!, Is.EqualTo(new[] { new KeyValuePair<string, string>("location_id", "21") }));
    }

    [Test]
    public async Task Appointment_filters_hero_did_not_name_pass_through_the_same_pipeline()
    {
        using var h = new FacadeHarness();
        var seen = Capture(h, "*/v1/appointments", """{"data":[{"id":"5002","patient_id":"9001"}],"count":1}""");

        var found = await h.Client.ForPracticeGroup("789").Booking.FindAppointmentsAsync([new("status", "confirmed"), new("patient_id", "9001")]);

        Assert.That(found.Single().Id, Is.EqualTo("5002"));
        AssertSentThroughThePipeline(h, seen(), "?status=confirmed&patient_id=9001", "789", "listAppointments");
    }

    /// <summary>Answers <paramref name="pattern"/> with <paramref name="json"/> and keeps the last request it saw.</summary>
    private static Func<HttpRequestMessage> Capture(FacadeHarness h, string pattern, string json)
    {
        HttpRequestMessage? seen = null;
        h.Mock.When(pattern).Respond(req =>
        {
            seen = req;
            return RetryPolicyTests.Json(json);
        });
        return () => seen ?? throw new AssertionException($"No request reached {pattern}.");
    }

    /// <summary>A pass-through request kept its query as given, the scoped practice group, and was logged under its operation.</summary>
    private static void AssertSentThroughThePipeline(FacadeHarness h, HttpRequestMessage seen, string query, string practiceGroupId, string operationId)
    {
        Assert.That(seen.RequestUri!.Query, Is.EqualTo(query));
        Assert.That(seen.Headers.GetValues("x-practice-group-id").Single(), Is.EqualTo(practiceGroupId));
        Assert.That(h.Logs.GetSnapshot().Select(r => r.Message), Has.Some.Contains(operationId));
    }

    [Test]
    public async Task Appointment_filters_reach_a_mock_as_arguments_and_a_blank_name_is_an_argument_error()
    {
        // The filters are a parameter of the generated ListAppointmentsAsync (x-hero-incomplete-query), so a mock sees
        // them instead of the helper refusing to run through one.
        var mock = System.Reflection.DispatchProxy.Create<IBookingClient, RecordingProxy>();

        var appointments = await mock.FindAppointmentsAsync([new("status", "confirmed")]);

        Assert.That(appointments, Is.Empty);
        var (method, args) = ((RecordingProxy)(object)mock).Calls.Single();
        Assert.That(method, Is.EqualTo(nameof(IBookingClient.ListAppointmentsAsync)));
        Assert.That((IEnumerable<KeyValuePair<string, string>>)args[0]!, Is.EqualTo(new[] { new KeyValuePair<string, string>("status", "confirmed") }));
        Assert.That(() => mock.FindAppointmentsAsync([new(" ", "x")]), Throws.ArgumentException.With.Property("ParamName").EqualTo("query"));
    }

    public class RecordingProxy : System.Reflection.DispatchProxy
    {
        public List<(string Method, object?[] Args)> Calls { get; } = [];

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            Calls.Add((targetMethod!.Name, args ?? []));
            return Task.FromResult<Newtonsoft.Json.Linq.JToken?>(null);
        }
    }

    [Test]
    public async Task A_204_is_success_with_an_empty_body()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*").Respond(HttpStatusCode.NoContent);

        var response = await h.Client.SendAsync(HeroRequest.Delete("v1/webhooks/{id}", "5001"));

        Assert.That(response.Status, Is.EqualTo(204));
        Assert.That(response.ReadAs<JToken>(), Is.Null);
    }

    [Test]
    public async Task A_typed_call_can_return_its_raw_response_without_changing_the_call()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/appointments/31").Respond(req =>
        {
            var response = RetryPolicyTests.Json("""{"id":"31"}""");
            response.Headers.Add("x-request-id", "req-123");
            return response;
        });

        var (appointment, raw) = await HeroResponse.CaptureAsync(() => h.Client.Booking.GetAppointmentAsync("31"));

        Assert.That(appointment!.Id, Is.EqualTo("31"));
        Assert.That(raw.Status, Is.EqualTo(200));
        Assert.That(raw.Headers["x-request-id"].Single(), Is.EqualTo("req-123"));
    }

    /// <summary>Stands in for a mocking library's IBookingClient: any call fails the test.</summary>
    public class NotCalledProxy : System.Reflection.DispatchProxy
    {
        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException("the mock must not be called");
    }
}
