using System.Net;
using System.Text;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Generated;

/// <summary>Hero adds enum values and fields over time; a response carrying them must still deserialize.</summary>
[TestFixture]
public class ForwardCompatibilityTests
{
    [Test]
    public async Task Unknown_enum_value_in_a_required_property_does_not_fail_the_call_and_is_kept()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, "https://hero.example.test/v1/batch_message/77")
            .Respond("application/json", """{"id":"77","name":"Flu clinic","status":"ARCHIVED_IN_2030","channel":"WHATSAPP","content":"x"}""");
        var client = new MessagesClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        var batch = await client.GetBatchMessageAsync("77");

        Assert.That(batch!.Id, Is.EqualTo("77"));
        Assert.That(batch.Status.ToString(), Is.EqualTo("ARCHIVED_IN_2030"));
        Assert.That(batch.Status!.Value.IsKnown, Is.False);
        Assert.That(batch.Status, Is.Not.EqualTo(BatchMessageStatus.Completed));
        Assert.That(batch.Status == "ARCHIVED_IN_2030", Is.True, "compares with the wire text");
        Assert.That(batch.Channel.ToString(), Is.EqualTo("WHATSAPP"));
    }

    [Test]
    public async Task Unknown_enum_value_in_a_nullable_property_is_visible_beside_known_ones()
    {
        // Every documented field, then Hero's newer value in "sex".
        var body = (JObject)SchemaSamples.ForSchema(new JObject { ["$ref"] = "#/components/schemas/Patient" }, null);
        body["sex"] = "Intersex (new in Hero)";
        body["title"] = "Mr";
        using var mock = new MockHttpMessageHandler();
        mock.When("https://hero.example.test/v1/patients/5").Respond("application/json", body.ToString());
        var client = new PatientsClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        var patient = await client.GetPatientByIdAsync("5");

        Assert.That(patient!.Sex?.ToString(), Is.EqualTo("Intersex (new in Hero)"));
        Assert.That(patient.Sex?.IsKnown, Is.False);
        Assert.That(patient.Title, Is.EqualTo(PatientTitle.Mr));
        Assert.That(patient.Title?.IsKnown, Is.True);
    }

    [Test]
    public void Unknown_enum_values_round_trip_unchanged_through_a_model()
    {
        const string json = """{"id":"77","name":"Flu clinic","status":"ARCHIVED_IN_2030","channel":"WHATSAPP","content":"x","future_field":{"a":[1,2]}}""";
        var serializer = Newtonsoft.Json.JsonSerializer.Create(HeroJson.CreateSettings());

        var batch = JObject.Parse(json).ToObject<BatchMessage>(serializer)!;
        var written = JObject.FromObject(batch, serializer);

        Assert.That(written["status"]!.Value<string>(), Is.EqualTo("ARCHIVED_IN_2030"));
        Assert.That(written["channel"]!.Value<string>(), Is.EqualTo("WHATSAPP"));
        Assert.That(written["future_field"], Is.EqualTo(JToken.Parse("""{"a":[1,2]}""")).Using<JToken>((x, y) => JToken.DeepEquals(x, y) ? 0 : 1));
    }

    [Test]
    public async Task A_value_the_SDK_does_not_know_yet_is_sent_exactly_as_given()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When(HttpMethod.Post, "https://hero.example.test/v1/webhooks").Respond(async request =>
        {
            sent = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"1"}""", Encoding.UTF8, "application/json") };
        });
        var client = new WebhooksClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        await client.CreateWebhookAsync(new CreateWebhookRequest { EventType = "appointment.no-show", Url = new Uri("https://p.example/h") });

        Assert.That(JObject.Parse(sent!)["event_type"]!.Value<string>(), Is.EqualTo("appointment.no-show"));
    }

    [Test]
    public void Extensible_enums_compare_by_wire_text_and_default_is_not_a_known_value()
    {
        Assert.That(new BatchMessageStatus("COMPLETED"), Is.EqualTo(BatchMessageStatus.Completed));
        Assert.That(new BatchMessageStatus("completed"), Is.Not.EqualTo(BatchMessageStatus.Completed), "ordinal, as on the wire");
        Assert.That(BatchMessageStatus.Completed.GetHashCode(), Is.EqualTo(new BatchMessageStatus("COMPLETED").GetHashCode()));
        Assert.That(default(BatchMessageStatus).IsKnown, Is.False);
        Assert.That(default(BatchMessageStatus).ToString(), Is.Empty);
        Assert.That(BatchMessageStatus.KnownValues.Select(v => v.ToString()), Is.EqualTo(new[] { "CREATED", "PENDING", "SENDING", "COMPLETED" }));
        Assert.That(() => new BatchMessageStatus(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void A_default_enum_is_written_as_null_not_as_an_invented_first_value()
    {
        // A C# enum would have sent its first member (SMS) for a message type nobody set.
        var serializer = Newtonsoft.Json.JsonSerializer.Create(HeroJson.CreateSettings());

        var written = JObject.FromObject(new SendMessageRequest { PatientId = "1", MessageString = "x" }, serializer);

        Assert.That(written["message_type"]!.Type, Is.EqualTo(JTokenType.Null));
    }

    [Test]
    public async Task Unknown_fields_are_kept_in_AdditionalProperties_with_dates_untouched()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("https://hero.example.test/v1/slots/9")
            .Respond("application/json", """{"id":"9","start_time":"2026-03-15T09:30:00+02:00","telehealth_room":{"code":"abc"},"hold_expires_at":"2026-03-15T09:45:00+02:00"}""");
        var client = new BookingClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        var slot = await client.GetSlotAsync("9");

        Assert.That(slot!.StartTime, Is.EqualTo(new DateTimeOffset(2026, 3, 15, 9, 30, 0, TimeSpan.FromHours(2))));
        Assert.That(slot.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "telehealth_room", "hold_expires_at" }));
        // Newtonsoft's default date parsing would rewrite the offset to the machine's zone; it must stay as sent.
        Assert.That(slot.AdditionalProperties["hold_expires_at"].ToString(), Is.EqualTo("2026-03-15T09:45:00+02:00"));
    }

    [Test]
    public async Task A_response_missing_required_fields_still_deserializes()
    {
        // Hero's own documented example for List Admins is {"data":[{}],"count":0}; its mock server returns it.
        using var mock = new MockHttpMessageHandler();
        mock.When("https://hero.example.test/v1/admins").Respond("application/json", """{"data":[{}],"count":0}""");
        var client = new AdminClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        var admins = await client.ListAdminsAsync();

        Assert.That(admins!.Data, Has.Count.EqualTo(1));
        Assert.That(admins.Data[0].Id, Is.Null, "absent, not invented");
    }

    [Test]
    public async Task New_webhook_event_types_deserialize()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "https://hero.example.test/v1/webhooks")
            .Respond("application/json", """{"id":"1","event_type":"form-submission.created","url":"https://p.example/h","created_at":"2026-01-01","updated_at":"2026-01-01"}""");
        var client = new WebhooksClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        var hook = await client.CreateWebhookAsync(new CreateWebhookRequest { EventType = WebhookEventType.WriteToRecordFailed, Url = new Uri("https://p.example/h") });

        Assert.That(hook!.EventType, Is.EqualTo("form-submission.created"));
        Assert.That(WebhookEventType.KnownValues, Does.Contain(WebhookEventType.WriteToRecordSucceeded).And.Contain(WebhookEventType.PatientAddedToSequence));
    }

}
