using HeroHealth.Client.Tests.Facade;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class MessagingTests
{
    private static readonly string Sent = RetryPolicyTests.Sample("SentMessage", ("message_id", "m-1"));

    [Test]
    public async Task Sms_with_every_option_sends_the_documented_body()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, Sent);

        var sent = await h.Client.Messages.SendSmsAsync("1", "Your flu jab is booked for Tuesday", new SmsOptions
        {
            Recipient = "07788 123456",
            WriteToRecord = new WriteToRecord { SnomedCode = "185316007", SnomedTerm = "Indirect encounter", AutoWrite = true },
            SendAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1)),
            AttachmentUuid = "a-uuid",
            ShortLinkId = "55",
            TaskId = "77",
            Assignee = new MessageAssignee(12, IsTeam: true),
        });

        Assert.That(sent!.MessageId, Is.EqualTo("m-1"));
        var (method, path, _) = rec.Requests.Single();
        Assert.That($"{method} {path}", Is.EqualTo("POST /v1/messages/send"));
        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""
            {"patient_id":"1","message_type":"sms","message_string":"Your flu jab is booked for Tuesday",
             "recipient_contact_detail":"+447788123456","write_to_record":true,"snomed_code":"185316007",
             "snomed_term":"Indirect encounter","auto_write_to_record":true,"task_id":"77","attachment_uuid":"a-uuid",
             "short_link_id":"55","assignee_id":12.0,"assignee_type":"AdminTeam","send_at":"2026-12-01T08:30:00Z"}
            """)), Is.True, rec.SingleBody().ToString());
    }

    [Test]
    public async Task Email_nhs_app_and_hero_channels()
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, Sent);

        await h.Client.Messages.SendEmailAsync("2", "Results ready", new EmailOptions { Recipient = " patient@example.test " });
        await h.Client.Messages.SendNhsAppMessageAsync("3", "Please book", new NhsAppMessageOptions { Fallback = NhsAppFallback.Sms, FallbackContact = "+44 7700 900123" });
        await h.Client.Messages.SendNhsAppMessageAsync("3", "Please book", new NhsAppMessageOptions { Fallback = NhsAppFallback.Email });
        await h.Client.Messages.SendHeroMessageAsync("4", "Hello");

        var bodies = rec.Requests.Select(r => (JObject)r.Body!).ToList();
        Assert.That((string?)bodies[0]["message_type"], Is.EqualTo("email"));
        Assert.That((string?)bodies[0]["recipient_contact_detail"], Is.EqualTo("patient@example.test"));
        Assert.That((string?)bodies[1]["message_type"], Is.EqualTo("nhs_app"));
        Assert.That((string?)bodies[1]["fallback_message_type"], Is.EqualTo("sms"));
        Assert.That((string?)bodies[1]["fallback_contact_detail"], Is.EqualTo("+447700900123"));
        Assert.That((string?)bodies[2]["fallback_message_type"], Is.EqualTo("email"));
        Assert.That(bodies[2]["fallback_contact_detail"], Is.Null);
        Assert.That((string?)bodies[3]["message_type"], Is.EqualTo("hero"));
        Assert.That((bool?)bodies[3]["write_to_record"], Is.False);
    }

    [TestCase("", "hello", null, "patientId")]
    [TestCase("12a", "hello", null, "patientId")]
    [TestCase("1", "   ", null, "text")]
    [TestCase("1", "hello", "020 7946 0000", "options.Recipient")]
    [TestCase("1", "hello", "not a phone", "options.Recipient")]
    public async Task Bad_sms_input_fails_before_any_request(string patientId, string text, string? recipient, string param)
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, Sent);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.SendSmsAsync(patientId, text, new SmsOptions { Recipient = recipient }));

        Assert.That(ex!.ParamName, Is.EqualTo(param));
        Assert.That(rec.Requests, Is.Empty, "nothing was sent");
    }

    [TestCase("jane@", "options.Recipient")]
    [TestCase("jane smith@example.test", "options.Recipient")]
    [TestCase("jane@localhost", "options.Recipient")]
    [TestCase("   ", "options.Recipient")]
    [TestCase("\"jane\" <jane@example.test>", "options.Recipient")]
    public async Task Bad_email_fails_before_any_request(string email, string param)
    {
        using var h = new FacadeHarness();
        var rec = new RequestRecorder().Answer(h.Mock, Sent);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.SendEmailAsync("1", "hi", new EmailOptions { Recipient = email }));

        Assert.That(ex!.ParamName, Is.EqualTo(param));
        Assert.That(ex.Message, Does.Not.Contain(email), "the address is not echoed");
        Assert.That(rec.Requests, Is.Empty);
    }

    [Test]
    public async Task Snomed_codes_and_fallbacks_are_checked()
    {
        using var h = new FacadeHarness();
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.SendHeroMessageAsync("1", "x", new MessageOptions { WriteToRecord = new WriteToRecord { SnomedCode = "12ab" } }));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.SendNhsAppMessageAsync("1", "x", new NhsAppMessageOptions { FallbackContact = "07700900123" }));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.SendNhsAppMessageAsync("1", "x", new NhsAppMessageOptions { Fallback = NhsAppFallback.Email, FallbackContact = "nope" }));
    }

    [Test]
    public async Task Batch_create_send_and_wait()
    {
        using var h = new FacadeHarness();
        var polls = 0;
        var created = RetryPolicyTests.Sample("BatchMessage", ("id", "9"), ("status", "CREATED"));
        var rec = new RequestRecorder().Answer(h.Mock, created, "*/v1/batch_message");
        h.Mock.When(HttpMethod.Patch, "*/v1/batch_message/9/send").Respond("application/json", "{}");
        h.Mock.When(HttpMethod.Get, "*/v1/batch_message/9").Respond(_ => RetryPolicyTests.Json(
            RetryPolicyTests.Sample("BatchMessage", ("id", "9"), ("status", ++polls < 3 ? "SENDING" : "COMPLETED"))));

        var batch = await h.Client.Messages.CreateBatchAsync("Flu clinic", BatchChannel.Email, "Book your jab",
            [new BatchRecipient(NhsNumber.Parse("9434765919"), new DateOnly(1992, 1, 1)), new BatchRecipient(NhsNumber.Parse("943 476 5919"), new DateOnly(1992, 1, 1))],
            subject: "Flu clinic");
        await h.Client.Messages.SendBatchAsync(batch.Id!);
        var done = await h.WithClockAsync(() => h.Client.Messages.WaitForBatchAsync("9", new BatchWaitOptions { PollInterval = TimeSpan.FromSeconds(5) }), step: TimeSpan.FromSeconds(1));

        Assert.That(JToken.DeepEquals(rec.SingleBody(), JObject.Parse("""
            {"name":"Flu clinic","channel":"EMAIL","subject":"Flu clinic","content":"Book your jab",
             "recipients":[{"nhs_number":"943 476 5919","dob":"1992-01-01"}]}
            """)), Is.True, rec.SingleBody().ToString());
        Assert.That(done.Status, Is.EqualTo(HeroHealth.Client.BatchMessageStatus.Completed));
        Assert.That(polls, Is.EqualTo(3));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.CreateBatchAsync("x", BatchChannel.Email, "y", [new BatchRecipient(NhsNumber.Parse("9434765919"), new DateOnly(1990, 1, 1))]));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.CreateBatchAsync("x", BatchChannel.Sms, "y", []));
    }

    [Test]
    public async Task Waiting_for_a_batch_times_out_on_the_clock()
    {
        using var h = new FacadeHarness();
        h.Mock.When(HttpMethod.Get, "*/v1/batch_message/9").Respond(_ => RetryPolicyTests.Json(RetryPolicyTests.Sample("BatchMessage", ("id", "9"), ("status", "SENDING"))));

        await Assert.ThrowsAsync<TimeoutException>(() => h.WithClockAsync(() => h.Client.Messages.WaitForBatchAsync("9", new BatchWaitOptions { PollInterval = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromSeconds(30) }), step: TimeSpan.FromSeconds(1)));
    }
}
