using System.Net;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Generated;

/// <summary>Errors from the generated operations (there is one front door: every one runs the SDK pipeline): typed, and never carrying patient data in their message.</summary>
[TestFixture]
public class ErrorResponseTests
{
    private const string PatientBody = """{"error":true,"statusCode":400,"message":[{"code":"invalid_string","expected":"nhs_number","path":["nhs_number"]}],"echo":{"nhs_number":"943 476 5919","forename":"Jane"}}""";

    [Test]
    public async Task Documented_400_becomes_a_typed_exception_with_the_parsed_validation_error()
    {
        using var h = new FacadeHarness();
        h.Mock.When(HttpMethod.Post, "*/v1/patients/register_pds").Respond(HttpStatusCode.BadRequest, "application/json", PatientBody);

        var ex = await Assert.ThrowsAsync<HeroHealthValidationException>(() =>
            h.Client.Patients.RegisterPatientPdsAsync(new RegisterPatientPdsRequest { NhsNumber = "943 476 5919", Dob = new DateOnly(1992, 1, 1) }));

        Assert.That(ex!.StatusCode, Is.EqualTo(400));
        Assert.That(ex.InvalidPaths, Is.EqualTo(new[] { "nhs_number" }));
        Assert.That(ex.OperationId, Is.EqualTo("registerPatientPds"));
        Assert.That(ex.ResponseBody, Does.Contain("Jane"), "the raw body stays available by property");
        AssertFreeOfSecrets(ex);
    }

    [TestCase(HttpStatusCode.Unauthorized, typeof(HeroHealthAuthenticationException))]
    [TestCase(HttpStatusCode.Forbidden, typeof(HeroHealthPermissionException))]
    [TestCase(HttpStatusCode.InternalServerError, typeof(HeroHealthServerException))]
    public async Task Error_statuses_keep_the_body_out_of_the_message(HttpStatusCode status, Type expected)
    {
        using var h = new FacadeHarness(o => o.Retry.MaxAttempts = 1);
        h.Mock.When("*/v1/appointments/31").Respond(status, "application/json", PatientBody);

        var ex = await Assert.ThrowsAsync(Is.InstanceOf(expected), () => h.Client.Booking.GetAppointmentAsync("31"));

        var api = (HeroHealthApiException)ex!;
        Assert.That(api.StatusCode, Is.EqualTo((int)status));
        Assert.That(api.Message, Does.Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        AssertFreeOfSecrets(api);
    }

    [Test]
    public async Task Malformed_json_in_a_2xx_names_the_position_not_the_value_and_says_Hero_did_the_work()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/appointments/31")
            .Respond("application/json", """{"id":"31","patient_id":"943 476 5919","start_time":"Jane Doe's birthday"}""");

        var ex = await Assert.ThrowsAsync<HeroHealthResponseShapeException>(() => h.Client.Booking.GetAppointmentAsync("31"));

        Assert.That(ex, Is.Not.InstanceOf<HeroHealthApiException>(), "a shape failure, not an HTTP one: no fake status");
        Assert.That(ex!.OperationId, Is.EqualTo("getAppointment"));
        Assert.That(ex.MayHaveBeenDelivered, Is.True);
        Assert.That(ex.InnerException?.Message, Does.Contain("start_time"));
        AssertFreeOfSecrets(ex);
        Assert.That(ex.ToString(), Does.Not.Contain("Jane Doe"));
    }

    private static void AssertFreeOfSecrets(Exception ex)
    {
        var text = ex.Message + " " + ex.InnerException?.Message;
        Assert.That(text, Does.Not.Contain(FacadeHarness.ApiKey));
        Assert.That(text, Does.Not.Contain("943 476 5919"));
        Assert.That(text, Does.Not.Contain("Jane"));
    }
}
