using System.Net;
using System.Text;
using HeroHealth.Client.Generated;
using HeroHealth.Client.Http;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Generated;

/// <summary>Errors from the generated clients: typed, and never carrying patient data in their message.</summary>
[TestFixture]
public class ErrorResponseTests
{
    private const string PatientBody = """{"error":true,"statusCode":400,"message":[{"code":"invalid_string","expected":"nhs_number","path":["nhs_number"]}],"echo":{"nhs_number":"943 476 5919","forename":"Jane"}}""";

    [Test]
    public async Task Documented_400_becomes_a_typed_exception_with_the_parsed_validation_error()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "https://hero.example.test/v1/patients/register_pds")
            .Respond(HttpStatusCode.BadRequest, "application/json", PatientBody);
        // ReadResponseAsString keeps the raw text for ResponseBody; the parsed Result does not depend on it.
        var client = new PatientsClient(new HeroRequestContext("secret-key-123", "1"), TestHttp.Over(mock)) { ReadResponseAsString = true };

        var ex = await Assert.ThrowsAsync<HeroHealthApiException<ValidationError>>(() =>
            client.RegisterPatientPdsAsync(new RegisterPatientPdsRequest { NhsNumber = "943 476 5919", Dob = new DateTimeOffset(1992, 1, 1, 0, 0, 0, TimeSpan.Zero) }));

        Assert.That(ex!.StatusCode, Is.EqualTo(400));
        Assert.That(ex.Result.Message.Single().Path.Single()?.ToString(), Is.EqualTo("nhs_number"));
        Assert.That(ex.Result.Message.Single().Code, Is.EqualTo("invalid_string"));
        Assert.That(ex.ResponseBody, Does.Contain("Jane"), "the raw body stays available by property");
        AssertFreeOfSecrets(ex);
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    [TestCase(HttpStatusCode.InternalServerError)]
    public async Task Undocumented_error_status_keeps_body_out_of_the_message(HttpStatusCode status)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("https://hero.example.test/v1/appointments/31")
            .Respond(status, "application/json", PatientBody);
        var client = new BookingClient(new HeroRequestContext("secret-key-123", "1"), TestHttp.Over(mock));

        var ex = await Assert.ThrowsAsync<HeroHealthApiException>(() => client.GetAppointmentAsync("31"));

        Assert.That(ex!.StatusCode, Is.EqualTo((int)status));
        Assert.That(ex.Message, Does.Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        AssertFreeOfSecrets(ex);
    }

    [Test]
    public async Task Malformed_json_names_the_position_not_the_value()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("https://hero.example.test/v1/appointments/31")
            .Respond("application/json", """{"id":"31","patient_id":"943 476 5919","start_time":"Jane Doe's birthday"}""");
        var client = new BookingClient(new HeroRequestContext("secret-key-123", "1"), TestHttp.Over(mock));

        var ex = await Assert.ThrowsAsync<HeroHealthApiException>(() => client.GetAppointmentAsync("31"));

        Assert.That(ex!.StatusCode, Is.EqualTo(200));
        Assert.That(ex.InnerException?.Message, Does.Contain("start_time"));
        AssertFreeOfSecrets(ex);
        Assert.That(ex.ToString(), Does.Not.Contain("Jane Doe"));
    }

    private static void AssertFreeOfSecrets(Exception ex)
    {
        var text = ex.Message + " " + ex.InnerException?.Message;
        Assert.That(text, Does.Not.Contain("secret-key-123"));
        Assert.That(text, Does.Not.Contain("943 476 5919"));
        Assert.That(text, Does.Not.Contain("Jane"));
    }
}
