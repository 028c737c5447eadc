using System.Net;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Server errors become typed exceptions naming the operation, never carrying the key or patient data.</summary>
[TestFixture]
public class ErrorMappingTests
{
    private const string Nhs = "943 476 5919";
    private const string PhiBody = """{"error":true,"statusCode":400,"message":[{"code":"invalid_string","expected":"valid NHS number","path":["nhs_number"]},{"code":"invalid_date","expected":"date","path":["dob"]}],"input":{"nhs_number":"943 476 5919","forename":"Jane","surname":"Smith"}}""";

    [Test]
    public async Task Validation_error_is_parsed_and_names_only_the_fields()
    {
        using var h = new FacadeHarness();
        h.Mock.When(HttpMethod.Post, "*/v1/patients/register_pds").Respond(HttpStatusCode.BadRequest, "application/json", PhiBody);

        var ex = await Assert.ThrowsAsync<HeroHealthValidationException>(() => h.Client.Patients.RegisterPatientPdsAsync(PdsRequest()));

        Assert.That(ex!.StatusCode, Is.EqualTo(400));
        Assert.That(ex.OperationId, Is.EqualTo("registerPatientPds"));
        Assert.That(ex.Operation!.PathTemplate, Is.EqualTo("v1/patients/register_pds"));
        Assert.That(ex.Error!.Message, Has.Count.EqualTo(2));
        Assert.That(ex.InvalidPaths, Is.EqualTo(new[] { "nhs_number", "dob" }));
        Assert.That(ex.Message, Does.Contain("registerPatientPds (POST v1/patients/register_pds)").And.Contain("nhs_number, dob"));
        Assert.That(ex.ResponseBody, Does.Contain("Jane"), "the raw body stays available by property");
        AssertNoSecrets(ex);
    }

    [Test]
    public async Task Forbidden_names_the_functional_area_the_key_lacks()
    {
        using var h = new FacadeHarness();
        h.Mock.When(HttpMethod.Post, "*/v1/appointments").Respond(HttpStatusCode.Forbidden, "application/json", """{"message":"Forbidden"}""");

        var ex = await Assert.ThrowsAsync<HeroHealthPermissionException>(() => h.Client.Booking.CreateAppointmentAsync(new CreateAppointmentRequest
        {
            AppointmentTypeId = "1",
            LocationId = "2",
            PractitionerId = "3",
            Duration = 15,
            StartTime = "2026-12-01T09:00:00Z",
        }));

        Assert.That(ex!.FunctionalArea, Is.EqualTo("booking"));
        Assert.That(ex.Message, Does.Contain("not allowed to use booking"));
        AssertNoSecrets(ex);
    }

    [TestCase(401, typeof(HeroHealthAuthenticationException))]
    [TestCase(404, typeof(HeroHealthNotFoundException))]
    [TestCase(409, typeof(HeroHealthConflictException))]
    [TestCase(429, typeof(HeroHealthRateLimitException))]
    [TestCase(500, typeof(HeroHealthServerException))]
    [TestCase(503, typeof(HeroHealthServerException))]
    [TestCase(418, typeof(HeroHealthApiException))]
    [TestCase(302, typeof(HeroHealthRedirectException))]
    [TestCase(307, typeof(HeroHealthRedirectException))]
    public async Task Status_maps_to_its_exception_type(int status, Type expected)
    {
        using var h = new FacadeHarness(o => o.Retry.Enabled = false);
        h.Mock.When("*").Respond((HttpStatusCode)status, "application/json", PhiBody);

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<HeroHealthApiException>(), () => h.Client.Patients.GetPatientByIdAsync("9434765919"));

        Assert.That(ex!.GetType(), Is.EqualTo(expected));
        var api = (HeroHealthApiException)ex;
        Assert.That(api.StatusCode, Is.EqualTo(status));
        Assert.That(ex, Is.InstanceOf<System.ClientModel.ClientResultException>(), "code written for System.ClientModel clients catches it");
        Assert.That(((System.ClientModel.ClientResultException)ex).Status, Is.EqualTo(status));
        Assert.That(api.Message, Does.Contain("getPatientById (GET v1/patients/{id})"));
        Assert.That(api.Message, Does.Not.Contain("9434765919"), "the concrete id never appears, only the template");
        AssertNoSecrets(api);
    }

    [Test]
    public async Task A_slow_response_is_a_timeout_not_a_cancellation()
    {
        using var h = new FacadeHarness(o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.Enabled = false;
        });
        h.Mock.When("*").Respond(async () =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var ex = await Assert.ThrowsAsync<HeroHealthTimeoutException>(() => h.WithClockAsync(() => h.Client.Booking.GetSlotAsync("1"), step: TimeSpan.FromSeconds(1)));

        Assert.That(ex!.InnerException, Is.InstanceOf<TimeoutException>());
        Assert.That(ex.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(ex.StatusCode, Is.Zero);
        Assert.That(ex.OperationId, Is.EqualTo("getSlot"));
    }

    [Test]
    public async Task The_callers_cancellation_stays_an_OperationCanceledException()
    {
        using var h = new FacadeHarness();
        var started = new TaskCompletionSource();
        h.Mock.When("*").Respond(async () =>
        {
            started.SetResult();
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cts = new CancellationTokenSource();

        var call = h.Client.Booking.GetSlotAsync("1", cts.Token);
        await started.Task;
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => call);
        Assert.That(ex, Is.Not.InstanceOf<HeroHealthApiException>());
    }

    [Test]
    public async Task Network_failure_after_retries_is_a_transport_exception()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When("*").Respond(_ =>
        {
            calls++;
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (api.staging.htech.app:443)");
        });

        var ex = await Assert.ThrowsAsync<HeroHealthTransportException>(() => h.Client.Booking.GetSlotAsync("1"));

        Assert.That(calls, Is.EqualTo(3));
        Assert.That(ex!.StatusCode, Is.Zero);
        AssertNoSecrets(ex);
    }

    internal static RegisterPatientPdsRequest PdsRequest() => new()
    {
        NhsNumber = Nhs,
        Dob = new DateOnly(1992, 1, 1),
    };

    internal static void AssertNoSecrets(Exception ex)
    {
        var text = ex.Message + " | " + ex.InnerException?.Message + " | " + ex;
        foreach (var secret in new[] { FacadeHarness.ApiKey, Nhs, "9434765919", "Jane", "Smith" })
        {
            Assert.That(text, Does.Not.Contain(secret), $"exception text must not contain {secret}");
        }
    }
}
