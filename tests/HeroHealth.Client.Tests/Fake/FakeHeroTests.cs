using System.Reflection;
using System.Text;
using HeroHealth.Client.Testing;
using HeroHealth.Client.Tests.Generated;
using HeroHealth.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace HeroHealth.Client.Tests.Fake;

/// <summary>The in-process fake: state transitions, expiry, edges, faults, and deliveries the SDK's verifier accepts.</summary>
[TestFixture]
public class FakeHeroTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static IEnumerable<TestCaseData> Operations() =>
        OpenApiSpec.Operations.Select(op => new TestCaseData(op).SetName($"Fake answers {op.OperationId}"));

    [TestCaseSource(nameof(Operations))]
    public async Task Every_operation_answers_like_Hero(SpecOperation op)
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient(configure: o => o.Retry.Enabled = false);
        var (clientType, method) = GeneratedClients.Find(op);
        var client = typeof(HeroHealthClient).GetProperties().Single(p => p.PropertyType.IsAssignableFrom(clientType)).GetValue(hero)!;
        var args = method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : p.Name == "body" ? SchemaSamples.ForSchema(op.RequestBodySchema, op.RequestBodyExample).ToObject(p.ParameterType, JsonSerializer.Create(HeroJson.CreateSettings()))
            : OperationArguments.For(p.ParameterType).Value).ToArray();

        try
        {
            await (Task)method.Invoke(client, args)!;
        }
        catch (HeroHealthApiException ex) when (ex is HeroHealthNotFoundException or HeroHealthValidationException or HeroHealthConflictException)
        {
            // Sample ids and bodies do not exist in the fake's state: a Hero-shaped 404/400/409 is the right answer.
            Assert.That(ex.OperationId, Is.EqualTo(op.OperationId));
        }
    }

    [Test]
    public async Task Pds_registration_finds_synthetic_patients_only()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();
        var alex = FakeHero.SyntheticPatients[0];

        var registered = await hero.Patients.RegisterFromPdsAsync(alex.NhsNumber, alex.DateOfBirth);
        var patient = await hero.Patients.GetPatientAsync(registered.PatientId!);

        Assert.That(alex.NhsNumber.Digits, Does.StartWith("999"));
        Assert.That(registered.PatientId, Is.EqualTo(alex.PatientId));
        Assert.That(patient!.FirstName, Is.EqualTo("Alex"));
        await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => hero.Patients.RegisterFromPdsAsync(alex.NhsNumber, new DateOnly(1990, 1, 1)));
        fake.AddPatient(new FakePatient("9999", NhsNumber.Parse(Nhs(20)), new DateOnly(2010, 2, 2), "Kai", "Added", null, null));
        Assert.That((await hero.Patients.RegisterFromPdsAsync(NhsNumber.Parse(Nhs(20)), new DateOnly(2010, 2, 2))).PatientId, Is.EqualTo("9999"));
    }

    [Test]
    public async Task Pds_trace_by_name_date_of_birth_and_postcode_finds_the_synthetic_patient()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();
        var alex = FakeHero.SyntheticPatients[0];

        var registered = await hero.Patients.RegisterFromPdsAsync("alex", "TESTPATIENT", alex.DateOfBirth, alex.Postcode!.Replace(" ", "").ToLowerInvariant());

        Assert.That(registered.PatientId, Is.EqualTo(alex.PatientId));
        await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => hero.Patients.RegisterFromPdsAsync("Alex", "Testpatient", alex.DateOfBirth, "M1 1AE"));
        var missing = await Assert.ThrowsAsync<HeroHealthValidationException>(() => hero.Patients.RegisterPatientPdsAsync(new RegisterPatientPdsRequest { Forename = "Alex", Dob = alex.DateOfBirth }));
        Assert.That(missing!.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task Messages_are_recorded_and_write_to_record_is_delivered_signed()
    {
        using var fake = new FakeHero(new FakeHeroOptions { TimeProvider = new FakeTimeProvider(Monday) });
        using var hero = fake.CreateClient();
        var key = HeroWebhookSigner.GenerateSigningKey();
        await hero.Webhooks.SubscribeAsync(WebhookEventType.WriteToRecordSucceeded, new Uri("https://partner.example/hero"), key);

        var sent = await hero.Messages.SendSmsAsync("9001", "Flu jab on Tuesday", new SmsOptions { WriteToRecord = new WriteToRecord { AutoWrite = true } });

        var message = fake.SentMessages.Single();
        Assert.That((message.MessageId, message.Channel, message.Text, message.PatientId), Is.EqualTo((sent!.MessageId, "sms", "Flu jab on Tuesday", "9001")));
        var delivery = fake.Deliveries.Single();
        Assert.That(delivery.EventName, Is.EqualTo("write-to-record.succeeded"));
        var verdict = new HeroWebhookVerifier(key, timeProvider: fake.Options.TimeProvider).Verify(delivery.Timestamp, delivery.Signature, delivery.Body);
        Assert.That(verdict.Status, Is.EqualTo(WebhookVerificationStatus.Valid));
        Assert.That(HeroWebhookEvent.TryParse(delivery.Body, out var e) && e.Id == sent.MessageId, Is.True);
        await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => hero.Messages.SendSmsAsync("123", "x"));
    }

    [Test]
    public async Task Reservations_hold_slots_expire_and_confirmations_are_delivered()
    {
        var clock = new FakeTimeProvider(Monday);
        using var fake = new FakeHero(new FakeHeroOptions { TimeProvider = clock });
        using var hero = fake.CreateClient();
        var key = HeroWebhookSigner.GenerateSigningKey();
        await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("https://partner.example/hero"), key);
        await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentCancelled, new Uri("https://partner.example/hero"), key);
        var day = new DateOnly(2026, 11, 24);

        var slots = await hero.Booking.FindSlotsAsync(day, day);
        var first = await hero.Booking.ReserveAsync(slots[0], "9001");
        var after = await hero.Booking.FindSlotsAsync(day, day);

        Assert.That(slots, Has.Count.EqualTo(24), "09:00-11:45 every 15 min, two practitioners");
        Assert.That(after.Select(s => s.Id), Does.Not.Contain(slots[0].Id));
        Assert.That(first.Remaining, Is.EqualTo(TimeSpan.FromMinutes(15)));
        await Assert.ThrowsAsync<HeroHealthConflictException>(() => hero.Booking.ReserveAsync(slots[0]));

        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.That((await hero.Booking.FindSlotsAsync(day, day)).Select(s => s.Id), Does.Contain(slots[0].Id), "an expired hold frees the slot");
        Assert.Throws<ReservationExpiredException>(() => first.EditAsync(slots[0].StartTime!.Value, 15, "11"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => fake.ConfirmAppointmentAsync(first.Id));

        var second = await hero.Booking.ReserveAsync(slots[1], "9001");
        await fake.ConfirmAppointmentAsync(second.Id);
        var confirmed = await second.GetAppointmentAsync();
        await second.CancelAsync();

        Assert.That(confirmed!.BookingConfirmedAt, Is.EqualTo(clock.GetUtcNow()).Within(TimeSpan.FromSeconds(1)));
        Assert.That(fake.Deliveries.Select(d => d.EventName), Is.EqualTo(new[] { "appointment.confirmed", "appointment.cancelled" }));
        var verifier = new HeroWebhookVerifier(key, timeProvider: clock);
        Assert.That(fake.Deliveries.All(d => verifier.Verify(d.Timestamp, d.Signature, d.Body).IsValid), Is.True);
    }

    [Test]
    public async Task Edges_behave_like_Hero()
    {
        using var fake = new FakeHero();
        using var wrongKey = fake.CreateClient(configure: o => o.ApiKey = "not-the-key");
        using var outsider = fake.CreateClient("4242");
        using var hero = fake.CreateClient();

        await Assert.ThrowsAsync<HeroHealthAuthenticationException>(() => wrongKey.PracticeGroup.GetCapabilitiesAsync());
        var forbidden = await Assert.ThrowsAsync<HeroHealthPermissionException>(() => outsider.PracticeGroup.GetCapabilitiesAsync());
        Assert.That(forbidden!.FunctionalArea, Is.EqualTo("practice group"));
        await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => hero.Booking.GetAppointmentAsync("1"));
        var invalid = await Assert.ThrowsAsync<HeroHealthValidationException>(() => hero.Patients.RegisterPatientPdsAsync(new RegisterPatientPdsRequest { NhsNumber = "123", Dob = DateOnly.FromDateTime(Monday.UtcDateTime) }));
        Assert.That(invalid!.InvalidPaths, Is.EqualTo(new[] { "nhs_number" }));
    }

    [Test]
    public async Task Missing_required_fields_get_Heros_validation_body()
    {
        using var fake = new FakeHero();
        using var http = new HttpClient(fake.CreateHandler()) { BaseAddress = FakeHero.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/appointments") { Content = new StringContent("""{"location_id":"21"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("x-api-key", FakeHero.DefaultApiKey);
        request.Headers.Add("x-practice-group-id", "1001");

        using var response = await http.SendAsync(request);
        var body = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((bool?)body["error"], Is.True);
        Assert.That((string?)body.SelectToken("message[0].path[0]"), Is.EqualTo("appointment_type_id"));
    }

    [Test]
    public async Task Injected_faults_exercise_retries_without_duplicating_sends()
    {
        var clock = new FakeTimeProvider(Monday);
        using var fake = new FakeHero(new FakeHeroOptions { TimeProvider = clock });
        using var hero = fake.CreateClient(configure: o =>
        {
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.Retry.MaxDelay = TimeSpan.Zero;
        });
        fake.InjectFault(FakeFault.RateLimited(TimeSpan.Zero, times: 2, operationId: "getCapabilities"));
        fake.InjectFault(FakeFault.ServiceUnavailable(operationId: "sendMessage"));

        var capabilities = await hero.PracticeGroup.GetCapabilitySetAsync();
        var ex = await Assert.ThrowsAsync<HeroHealthServerException>(() => hero.Messages.SendSmsAsync("9001", "hello"));
        await hero.Messages.SendSmsAsync("9001", "hello again");

        Assert.That(capabilities.CanSendSms, Is.True, "two 429s, then success");
        Assert.That(ex!.StatusCode, Is.EqualTo(503));
        Assert.That(fake.SentMessages.Select(m => m.Text), Is.EqualTo(new[] { "hello again" }), "the 503'd send was not retried");
    }

    [Test]
    public async Task Access_tokens_are_jwts_with_a_thirty_minute_exp()
    {
        var clock = new FakeTimeProvider(Monday);
        using var fake = new FakeHero(new FakeHeroOptions { TimeProvider = clock });
        using var hero = fake.CreateClient();

        var token = await new HeroAccessTokenProvider(hero).GetTokenAsync("1002");

        Assert.That(token.ExpiresAt, Is.EqualTo(Monday.AddMinutes(30)));
        Assert.That(token.Token.Split('.'), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task The_network_and_di_wiring_work()
    {
        using var fake = new FakeHero();
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = FakeHero.DefaultApiKey;
            o.PracticeGroupId = fake.PracticeGroupId;
            o.BaseAddress = FakeHero.BaseAddress;
        }).UseFakeHero(fake);
        using var provider = services.BuildServiceProvider();
        var hero = provider.GetRequiredService<HeroHealthClient>();

        var network = await hero.GetNetworkAsync();

        Assert.That(network.Select(n => n.Id), Is.EqualTo(new[] { "1001", "1002", "1003" }));
        Assert.That((await network[2].Client.PracticeGroup.GetCapabilitySetAsync()).CanSendSms, Is.True);
    }

    private static string Nhs(int skip)
    {
        var found = 0;
        for (long n = 999_500_000_0; ; n++)
        {
            if (NhsNumber.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out _) && found++ == skip)
            {
                return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
