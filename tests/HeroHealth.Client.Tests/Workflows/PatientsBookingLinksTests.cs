using HeroHealth.Client.Tests.Facade;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class PatientsBookingLinksTests
{
    [Test]
    public async Task Pds_registration_sends_the_spaced_number_and_a_plain_date()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"patient_id":"156"}""");

        var result = await h.Client.Patients.RegisterFromPdsAsync(NhsNumber.Parse("9434765919"), new DateOnly(1992, 1, 1));

        Assert.That(result.PatientId, Is.EqualTo("156"));
        Assert.That(result.IsRegistered, Is.True);
        Assert.That(rec.Requests.Single().PathAndQuery, Is.EqualTo("/v1/patients/register_pds"));
        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""{"nhs_number":"943 476 5919","dob":"1992-01-01"}""")), Is.True, rec.SingleBody().ToString());
    }

    [Test]
    public async Task Pds_registration_can_ask_for_identity_verification()
    {
        using var h = new FacadeHarness();
        new RequestRecorder().Answer(h.Mock, """{"message":"Verify your identity","login_url":"https://login.example.test/abc"}""");

        var result = await h.Client.Patients.RegisterFromPdsAsync(NhsNumber.Parse("9434765919"), new DateOnly(1992, 1, 1));

        Assert.That(result.IsRegistered, Is.False);
        Assert.That(result.RequiresIdentityVerification, Is.True);
        Assert.That(result.LoginUrl, Is.EqualTo(new Uri("https://login.example.test/abc")));
    }

    [Test]
    public async Task Pds_registration_refuses_empty_numbers_and_future_dates()
    {
        using var h = new FacadeHarness();
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Patients.RegisterFromPdsAsync(default, new DateOnly(1992, 1, 1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Patients.RegisterFromPdsAsync(NhsNumber.Parse("9434765919"), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30))));
    }

    [Test]
    public async Task Pds_registration_by_demographics_sends_the_four_fields_trimmed_and_the_postcode_normalised()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"patient_id":"9001"}""");

        var result = await h.Client.Patients.RegisterFromPdsAsync(" Alex ", "Testpatient", new DateOnly(1992, 1, 1), "ls14ap");

        Assert.That(result.PatientId, Is.EqualTo("9001"));
        Assert.That(rec.Requests.Single().PathAndQuery, Is.EqualTo("/v1/patients/register_pds"));
        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""{"forename":"Alex","surname":"Testpatient","dob":"1992-01-01","postcode":"LS1 4AP"}""")), Is.True, rec.SingleBody().ToString());
    }

    [TestCase("", "Smith", "LS1 4AP", "forename")]
    [TestCase("Jane", "  ", "LS1 4AP", "surname")]
    [TestCase("Jane", "Smith", "NOT A CODE", "postcode")]
    [TestCase("Jane", "Smith", "LS1", "postcode")]
    [TestCase("Jane", "Smith", "", "postcode")]
    public async Task Pds_registration_by_demographics_refuses_bad_input_before_any_request_without_echoing_it(string forename, string surname, string postcode, string parameter)
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"patient_id":"1"}""");

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => h.Client.Patients.RegisterFromPdsAsync(forename, surname, new DateOnly(1992, 1, 1), postcode));

        Assert.That(((ArgumentException)ex!).ParamName, Is.EqualTo(parameter));
        Assert.That(ex.Message, Does.Not.Contain("Smith").And.Not.Contain("NOT A CODE"));
        Assert.That(rec.Requests, Is.Empty);
    }

    [Test]
    public async Task Pds_registration_by_demographics_refuses_a_future_date_of_birth_and_nulls()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"patient_id":"1"}""");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Patients.RegisterFromPdsAsync("Jane", "Smith", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), "LS1 4AP"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Client.Patients.RegisterFromPdsAsync(null!, "Smith", new DateOnly(1992, 1, 1), "LS1 4AP"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Client.Patients.RegisterFromPdsAsync("Jane", "Smith", new DateOnly(1992, 1, 1), null!));
        Assert.That(rec.Requests, Is.Empty);
    }

    [Test]
    public async Task Finding_by_nhs_number_queries_v3_patients()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"data":[{"dob":"1992-01-01","identifiers":[]}]}""");

        var found = await h.Client.Patients.FindByNhsNumberAsync(NhsNumber.Parse("943 476 5919"));

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(rec.Requests.Single().PathAndQuery, Is.EqualTo("/v3/patients?nhs_number=9434765919"));
    }

    [Test]
    public async Task Slots_are_listed_for_a_date_window_and_read_from_data()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"data":[{"id":"1","practitioner_id":"2","appointment_type_id":"3","location_id":"4","start_time":"2026-12-01T09:00:00Z","finish_time":"2026-12-01T09:15:00Z"}],"count":1}""");

        var slots = await h.Client.Booking.FindSlotsAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7));

        Assert.That(rec.Requests.Single().PathAndQuery, Is.EqualTo("/v1/slots?start_date=2026-12-01&end_date=2026-12-07"));
        Assert.That(slots.Single().FinishTime, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Booking.FindSlotsAsync(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 1)));
    }

    [Test]
    public async Task A_bare_array_of_slots_is_read_and_anything_else_is_a_clear_error()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When("*").Respond(_ => RetryPolicyTests.Json(++calls == 1 ? """[{"id":"1"}]""" : """{"slots":"?"}"""));

        Assert.That((await h.Client.Booking.FindSlotsAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1))).Single().Id, Is.EqualTo("1"));
        var ex = await Assert.ThrowsAsync<HeroHealthResponseShapeException>(() => h.Client.Booking.FindSlotsAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)));
        Assert.That(ex!.Message, Does.Contain("listSlots"));
    }

    [Test]
    public async Task Reserving_a_slot_sends_its_ids_times_and_duration()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"id":"900","reserved_until":"2026-11-24T09:15:00Z"}""");
        var slot = new Slot { Id = "1", PractitionerId = "2", AppointmentTypeId = "3", LocationId = "4", StartTime = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), FinishTime = new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero) };

        var reservation = await h.Client.Booking.ReserveAsync(slot, "156", "Flu jab");

        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""
            {"appointment_type_id":"3","location_id":"4","practitioner_id":"2","duration":15.0,"start_time":"2026-12-01T09:00:00Z","patient_id":"156","reason":"Flu jab"}
            """)), Is.True, rec.SingleBody().ToString());
        Assert.That(reservation.Id, Is.EqualTo("900"));
        Assert.That(reservation.ReservedUntil, Is.EqualTo(new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.Zero)));
        Assert.That(reservation.Remaining, Is.EqualTo(TimeSpan.FromMinutes(15)));
        Assert.That(reservation.IsExpired, Is.False);
    }

    [Test]
    public async Task A_reservation_answered_without_an_id_fails_naming_the_path_and_saying_hero_did_the_work()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"reserved_until":"2026-11-24T09:15:00Z"}""");
        var slot = new Slot { PractitionerId = "2", AppointmentTypeId = "3", LocationId = "4", StartTime = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), FinishTime = new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero) };

        var ex = await Assert.ThrowsAsync<HeroHealthResponseShapeException>(() => h.Client.Booking.ReserveAsync(slot));

        Assert.That(ex!.Message, Does.Contain("createAppointment").And.Contain("$.id").And.Contain("Hero processed the request"));
        Assert.That(ex.MayHaveBeenDelivered, Is.True);
        Assert.That(rec.Requests, Has.Count.EqualTo(1), "sent once, not repeated");
    }

    [Test]
    public async Task An_expired_reservation_refuses_to_edit_without_sending_anything()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"id":"900","reserved_until":"2026-11-24T09:15:00Z"}""");
        var slot = new Slot { PractitionerId = "2", AppointmentTypeId = "3", LocationId = "4", StartTime = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), FinishTime = new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero) };
        var reservation = await h.Client.Booking.ReserveAsync(slot);

        h.Time.Advance(TimeSpan.FromMinutes(16));
        var ex = Assert.Throws<ReservationExpiredException>(() => reservation.EditAsync(slot.StartTime!.Value, 15, "2"));

        Assert.That(ex!.ReservationId, Is.EqualTo("900"));
        Assert.That(ex.Message, Does.Contain("expired").And.Contain("reserve the slot again"));
        Assert.That(reservation.IsExpired, Is.True);
        Assert.That(reservation.Remaining, Is.EqualTo(TimeSpan.Zero));
        Assert.That(rec.Requests, Has.Count.EqualTo(1), "only the reservation itself was sent");

        await reservation.CancelAsync(suppressMail: true);
        Assert.That(rec.Requests.Last().PathAndQuery, Is.EqualTo("/v1/appointments/900/cancel"));
        Assert.That((bool?)rec.Requests.Last().Body!["suppress_mail"], Is.True);
    }

    [Test]
    public async Task A_live_reservation_can_be_edited()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, """{"id":"900","reserved_until":"2026-11-24T09:15:00Z"}""");
        var slot = new Slot { PractitionerId = "2", AppointmentTypeId = "3", LocationId = "4", StartTime = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), FinishTime = new DateTimeOffset(2026, 12, 1, 9, 10, 0, TimeSpan.Zero) };
        var reservation = await h.Client.Booking.ReserveAsync(slot);

        await reservation.EditAsync(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), 20, "5");

        Assert.That(rec.Requests.Last().Method + " " + rec.Requests.Last().PathAndQuery, Is.EqualTo("PUT /v1/appointments/900"));
        Assert.That((double?)rec.Requests.Last().Body!["duration"], Is.EqualTo(20));
    }

    [Test]
    public async Task Booking_link_url_and_file_sharing_return_links_ready_to_send()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/booking_links/12").Respond("application/json", """{"id":"12","short_link":"https://hero.example/b/xyz","active":true}""");
        var rec = new RequestRecorder().Answer(h.Mock, """{"attachment_link":"https://hero.example/a/1","attachment_uuid":"uuid-1"}""", "*/v1/attachment_links");

        var booking = await h.Client.Booking.GetBookingLinkUrlAsync("12");
        var file = await h.Client.Links.ShareFileAsync("156", "letter.pdf", new byte[] { 1, 2, 3 }, new SharedLinkOptions { Expiry = new DateOnly(2026, 12, 31), MaximumUses = 3 });

        Assert.That(booking.Url, Is.EqualTo(new Uri("https://hero.example/b/xyz")));
        Assert.That(file, Is.EqualTo(new SharedLink(new Uri("https://hero.example/a/1"), "uuid-1")));
        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""
            {"expiry_date":"2026-12-31","file_data":"AQID","file_name":"letter.pdf","patient_id":"156","maximum_use_count":3.0}
            """)), Is.True, rec.SingleBody().ToString());
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Links.ShareFileAsync("156", "x.pdf", ReadOnlyMemory<byte>.Empty));
    }

    [Test]
    public async Task Link_helpers_fail_with_the_sdks_exceptions_after_a_successful_call()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/booking_links/13").Respond("application/json", """{"id":"13","short_link":"https://hero.example/b/old","active":false}""");
        h.Mock.When("*/v1/booking_links/14").Respond("application/json", """{"id":"14","short_link":"not a url","active":true}""");
        h.Mock.When("*/v1/attachment_links").Respond("application/json", """{"attachment_link":"","attachment_uuid":"uuid-2"}""");

        var inactive = await Assert.ThrowsAsync<HeroHealthException>(() => h.Client.Booking.GetBookingLinkUrlAsync("13"));
        var unusable = await Assert.ThrowsAsync<HeroHealthResponseShapeException>(() => h.Client.Booking.GetBookingLinkUrlAsync("14"));
        var noFileLink = await Assert.ThrowsAsync<HeroHealthResponseShapeException>(() => h.Client.Links.ShareFileAsync("156", "letter.pdf", new byte[] { 1 }));

        Assert.That((inactive!.OperationId, inactive.MayHaveBeenDelivered), Is.EqualTo(("getBookingLink", false)));
        Assert.That(inactive.Message, Does.Contain("not active").And.Not.Contain("hero.example"), "never the capability URL");
        Assert.That(unusable!.Message, Does.Contain("short_link").And.Not.Contain("not a url"));
        Assert.That((noFileLink!.OperationId, noFileLink.MayHaveBeenDelivered), Is.EqualTo(("createAttachmentLink", true)), "the link may exist: look it up, do not repeat");
    }

    [Test]
    public async Task Capabilities_are_a_set_that_keeps_unknown_names()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/me/capabilities").Respond("application/json", """{"capabilities":["sms_messaging","video_consultations"]}""");

        var set = await h.Client.PracticeGroup.GetCapabilitySetAsync();

        Assert.That(set.CanSendSms, Is.True);
        Assert.That(set.Contains(HeroCapability.SmsMessaging), Is.True);
        Assert.That(set.Unrecognized, Is.EqualTo(new[] { "video_consultations" }));
    }

    [Test]
    public async Task The_network_fans_out_to_scoped_clients()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/network").Respond("application/json", """{"data":[{"id":"501","name":"Hub"},{"practice_group_id":"502"}],"count":2}""");
        var groups = new List<string>();
        h.Mock.When("*/v1/me/capabilities").Respond(req =>
        {
            groups.Add(req.Headers.GetValues("x-practice-group-id").Single());
            return RetryPolicyTests.Json("""{"capabilities":[]}""");
        });

        var network = await h.Client.GetNetworkAsync();
        foreach (var practice in network)
        {
            await practice.Client.PracticeGroup.GetCapabilitySetAsync();
        }

        Assert.That(network.Select(n => (n.Id, n.Name)), Is.EqualTo(new[] { ("501", (string?)"Hub"), ("502", null) }));
        Assert.That(groups, Is.EqualTo(new[] { "501", "502" }));
    }
}
