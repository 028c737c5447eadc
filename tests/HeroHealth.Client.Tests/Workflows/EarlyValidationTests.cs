using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Workflows;

/// <summary>
/// Inputs that used to reach Hero and are now refused first, naming the argument, with the client's clock deciding
/// what "past" and "future" mean (the harness clock is 2026-11-24 09:00 UTC).
/// </summary>
[TestFixture]
public class EarlyValidationTests
{
    private static readonly NhsNumber Nhs = NhsNumber.Parse("943 476 5919");

    [TestCase("\u200B")]
    [TestCase("\u200B\u200C\u200D\uFEFF")]
    [TestCase(" \u2060 \t")]
    public async Task Text_of_only_invisible_characters_is_refused(string text)
    {
        using var h = Harness(out var sent);

        var sms = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.SendSmsAsync("9001", text));
        var batch = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.CreateBatchAsync("Flu", BatchChannel.Sms, text, [new BatchRecipient(Nhs, new DateOnly(1992, 1, 1))]));

        Assert.That(sms!.ParamName, Is.EqualTo("text"));
        Assert.That(batch!.ParamName, Is.EqualTo("content"));
        Assert.That(sent(), Is.Zero);
    }

    [Test]
    public async Task A_send_at_in_the_past_is_refused_by_the_clients_clock()
    {
        using var h = Harness(out var sent);

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Messages.SendSmsAsync("9001", "Hello", new SmsOptions { SendAt = h.Time.GetUtcNow().AddHours(-1) }));
        await h.Client.Messages.SendSmsAsync("9001", "Hello", new SmsOptions { SendAt = h.Time.GetUtcNow().AddHours(1) });

        Assert.That(ex!.ParamName, Is.EqualTo("options.SendAt"));
        Assert.That(sent(), Is.EqualTo(1), "only the future one was sent");
    }

    [Test]
    public async Task A_date_of_birth_in_the_future_is_refused()
    {
        using var h = Harness(out var sent);
        var tomorrow = new DateOnly(2026, 11, 25);

        var pds = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Patients.RegisterFromPdsAsync(Nhs, tomorrow));
        var batch = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.CreateBatchAsync("Flu", BatchChannel.Sms, "Book", [new BatchRecipient(Nhs, tomorrow)]));

        Assert.That(pds!.ParamName, Is.EqualTo("dateOfBirth"));
        Assert.That(batch!.Message, Does.Contain("Recipient 0 has a date of birth in the future").And.Not.Contain("5919"));
        Assert.That(sent(), Is.Zero);
    }

    [Test]
    public async Task A_null_batch_recipient_is_an_argument_error_not_a_null_reference()
    {
        using var h = Harness(out var sent);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Messages.CreateBatchAsync("Flu", BatchChannel.Sms, "Book", [new BatchRecipient(Nhs, new DateOnly(1992, 1, 1)), null!]));

        Assert.That(ex!.ParamName, Is.EqualTo("recipients"));
        Assert.That(ex.Message, Does.Contain("Recipient 1 is null"));
        Assert.That(sent(), Is.Zero);
    }

    [Test]
    public async Task Past_slot_windows_and_link_dates_are_refused()
    {
        using var h = Harness(out var sent);
        var lastWeek = new DateOnly(2026, 11, 17);

        var slots = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Booking.FindSlotsAsync(new DateOnly(2026, 11, 10), lastWeek));
        var restrict = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Links.RestrictBookingLinkAsync("12", new DateOnly(2026, 11, 10), lastWeek));
        var share = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.Links.ShareFileAsync("9001", "letter.pdf", new byte[] { 1 }, new SharedLinkOptions { Expiry = lastWeek }));

        Assert.That((slots!.ParamName, restrict!.ParamName, share!.ParamName), Is.EqualTo(("to", "to", "options.Expiry")));
        Assert.That(sent(), Is.Zero);
        Assert.That(async () => await h.Client.Booking.FindSlotsAsync(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24)), Throws.Nothing, "a window ending today is fine");
    }

    [Test]
    public async Task A_new_reservation_is_not_expired_under_the_clients_fake_clock()
    {
        using var h = new FacadeHarness();
        h.Mock.When(HttpMethod.Post, "*/v1/appointments").Respond("application/json",
            $$"""{"id":"31","reserved_until":"{{h.Time.GetUtcNow().AddMinutes(15):yyyy-MM-ddTHH:mm:ssZ}}"}""");
        var slot = new HeroHealth.Client.Slot
        {
            AppointmentTypeId = "1",
            LocationId = "2",
            PractitionerId = "3",
            StartTime = h.Time.GetUtcNow().AddDays(1),
            FinishTime = h.Time.GetUtcNow().AddDays(1).AddMinutes(15),
        };

        var reservation = await h.Client.Booking.ReserveAsync(slot);

        Assert.That(reservation.IsExpired, Is.False, "the harness clock is a week behind the system clock, by which it would look expired");
        Assert.That(reservation.Remaining, Is.EqualTo(TimeSpan.FromMinutes(15)));
    }

    [Test]
    public async Task A_links_status_is_read_for_an_absolute_https_link_only()
    {
        using var fake = new HeroHealth.Client.Testing.FakeHero();
        using var hero = fake.CreateClient();

        var status = await hero.Links.GetLinkStatusAsync(new Uri("https://bookings.herohealth.net/s/abc123"));

        Assert.That((status!.Status, status.Type), Is.EqualTo(("unused", "booking")));
        Assert.That(() => hero.Links.GetLinkStatusAsync(new Uri("http://bookings.herohealth.net/s/abc123")), Throws.ArgumentException.With.Property("ParamName").EqualTo("link"));
        Assert.That(() => hero.Links.GetLinkStatusAsync(new Uri("/s/abc123", UriKind.Relative)), Throws.ArgumentException);
    }

    private static FacadeHarness Harness(out Func<int> sent)
    {
        var h = new FacadeHarness();
        var count = 0;
        h.Mock.When("*").Respond(_ =>
        {
            Interlocked.Increment(ref count);
            return RetryPolicyTestsJson("""{"message_id":"1","content":"x","created_at":"2026-11-24T09:00:00Z","data":[]}""");
        });
        sent = () => Volatile.Read(ref count);
        return h;
    }

    private static HttpResponseMessage RetryPolicyTestsJson(string json) => Facade.RetryPolicyTests.Json(json);
}
