using System.Text;
using HeroHealth.Client.Tests.Facade;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class WebhookEventTests
{
    [TestCase("""{"event":"appointment.confirmed","id":"5","practice_group_id":"1001"}""")]
    [TestCase("""{"event":"appointment.confirmed","object":"Appointment","practice_group_id":"1001"}""")]
    [TestCase("""{"event":"appointment.confirmed","object":"Appointment","id":"5"}""")]
    [TestCase("""{"event":"appointment.confirmed","object":"Appointment","id":null,"practice_group_id":"1001"}""")]
    [TestCase("""{"event":"appointment.confirmed","object":"Appointment","id":"","practice_group_id":"1001"}""")]
    public void A_payload_without_one_of_the_four_documented_fields_is_not_an_event(string body)
    {
        Assert.That(HeroWebhookEvent.TryParse(body, out var parsed), Is.False);
        Assert.That(parsed, Is.Null);
    }

    [Test]
    public void A_complete_payload_gives_non_null_ids_with_numbers_read_as_text()
    {
        Assert.That(HeroWebhookEvent.TryParse("""{"event":"appointment.confirmed","object":"Appointment","id":5002,"practice_group_id":1001}""", out var parsed), Is.True);
        Assert.That((parsed!.ObjectType, parsed.Id, parsed.PracticeGroupId), Is.EqualTo(("Appointment", "5002", "1001")));
    }

    [TestCase("appointment.confirmed", nameof(WebhookEventType.AppointmentConfirmed))]
    [TestCase("appointment.cancelled", nameof(WebhookEventType.AppointmentCancelled))]
    [TestCase("appointment.rescheduled", nameof(WebhookEventType.AppointmentRescheduled))]
    [TestCase("prescription.issued", nameof(WebhookEventType.PrescriptionIssued))]
    [TestCase("patient.medical-record-updated", nameof(WebhookEventType.PatientMedicalRecordUpdated))]
    [TestCase("patient.added-to-sequence", nameof(WebhookEventType.PatientAddedToSequence))]
    [TestCase("write-to-record.succeeded", nameof(WebhookEventType.WriteToRecordSucceeded))]
    [TestCase("write-to-record.failed", nameof(WebhookEventType.WriteToRecordFailed))]
    [TestCase("form-submission.created", nameof(WebhookEventType.FormSubmissionCreated))]
    public void Known_events_parse_to_their_type(string name, string member)
    {
        var type = (WebhookEventType)typeof(WebhookEventType).GetProperty(member)!.GetValue(null)!;
        var body = $$"""{"object":"Appointment","id":"31","practice_group_id":"4242","event":"{{name}}"}""";

        Assert.That(HeroWebhookEvent.TryParse(Encoding.UTF8.GetBytes(body), out var e), Is.True);
        Assert.That(e!.Type, Is.EqualTo(type));
        Assert.That((e.ObjectType, e.Id, e.PracticeGroupId, e.Type.ToString()), Is.EqualTo(("Appointment", "31", "4242", name)));
        Assert.That(type.IsKnown, Is.EqualTo(name != "form-submission.created"), "the spec's enum lists every REST event name");
    }

    [Test]
    public void A_new_event_type_is_carried_as_sent_with_its_raw_json_kept()
    {
        const string body = """{"object":"Referral","id":7,"practice_group_id":"4242","event":"referral.created","extra":{"x":1}}""";

        Assert.That(HeroWebhookEvent.TryParse(body, out var e), Is.True);
        Assert.That(e!.Type.IsKnown, Is.False);
        Assert.That(e.Type, Is.EqualTo(new WebhookEventType("referral.created")));
        Assert.That(e.Type == "referral.created", Is.True);
        Assert.That(e.Id, Is.EqualTo("7"));
        Assert.That(e.RawJson, Is.EqualTo(body));
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("""{"object":"Appointment"}""")]
    [TestCase("""{"event":42}""")]
    [TestCase("""{"event":"a"} trailing""")]
    [TestCase("""{"event":"a" """)]
    public void Unreadable_bodies_return_false_without_throwing(string body)
    {
        Assert.That(HeroWebhookEvent.TryParse(body, out var e), Is.False);
        Assert.That(e, Is.Null);
    }

    [Test]
    public void Invalid_utf8_returns_false()
    {
        Assert.That(HeroWebhookEvent.TryParse(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D }, out _), Is.False);
    }

    [Test]
    public async Task Subscribing_sends_the_event_type_url_and_signing_key()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, RetryPolicyTests.Sample("Webhook", ("id", "w1")));

        var hook = await h.Client.Webhooks.SubscribeAsync(WebhookEventType.WriteToRecordFailed, new Uri("https://partner.example/hero"), "a-signing-key-of-32-characters!!");

        Assert.That(hook!.Id, Is.EqualTo("w1"));
        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""
            {"event_type":"write-to-record.failed","signing_key":"a-signing-key-of-32-characters!!","url":"https://partner.example/hero"}
            """)), Is.True, rec.SingleBody().ToString());
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("http://partner.example/hero"), null));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Webhooks.SubscribeAsync(default, new Uri("https://partner.example/hero"), null));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("https://partner.example/hero"), "short"));
    }

    [Test]
    public async Task Listing_reads_the_data_envelope_and_filters_by_wire_name()
    {
        using var h = new FacadeHarness();
        var item = RetryPolicyTests.Sample("Webhook", ("id", "w1"));
        var rec = new RequestRecorder().Answer(h.Mock, "{\"data\":[" + item + "],\"count\":1}");

        var hooks = await h.Client.Webhooks.FindWebhooksAsync(WebhookEventType.AppointmentCancelled);

        Assert.That(hooks.Single().Id, Is.EqualTo("w1"));
        Assert.That(rec.Requests.Single().PathAndQuery, Is.EqualTo("/v1/webhooks?event_type=appointment.cancelled"));
    }
}
