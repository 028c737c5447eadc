using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Serialization;

/// <summary>Dates of birth are <see cref="DateOnly"/>; Hero sends them date-only or as timestamps, and both must read.</summary>
[TestFixture]
public class DateOnlyConverterTests
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(HeroJson.CreateSettings());

    [TestCase("1992-06-01", 1992, 6, 1)]
    [TestCase("1992-06-01T00:00:00Z", 1992, 6, 1)]
    [TestCase("1992-06-01T00:00:00+01:00", 1992, 6, 1)] // not shifted to 31 May in UTC
    [TestCase("1992-06-01T23:30:00-05:00", 1992, 6, 1)] // not shifted to 2 June in UTC
    [TestCase("1992-06-01T00:00:00.000Z", 1992, 6, 1)]
    public void A_date_of_birth_reads_as_the_date_written(string wire, int year, int month, int day)
    {
        // Read as the SDK reads a response body: from text, with the SDK's settings (no JObject date parsing first).
        var patient = JsonConvert.DeserializeObject<Patient>($$"""{"dob":"{{wire}}"}""", HeroJson.CreateSettings())!;

        Assert.That(patient.Dob, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [Test]
    public void A_date_of_birth_is_written_as_a_plain_date_and_null_stays_null()
    {
        var written = JObject.FromObject(new RegisterPatientPdsRequest { NhsNumber = "9434765919", Dob = new DateOnly(1992, 1, 1) }, Serializer);
        var empty = JObject.Parse("""{"dob":null}""").ToObject<Patient>(Serializer)!;

        Assert.That(written["dob"]!.Value<string>(), Is.EqualTo("1992-01-01"));
        Assert.That(empty.Dob, Is.Null);
    }

    [TestCase("01/06/1992")]
    [TestCase("1992-13-01")]
    [TestCase("1992-06-01Tnonsense")]
    public void An_unreadable_date_fails_without_quoting_it(string wire)
    {
        var ex = Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<Patient>($$"""{"dob":"{{wire}}"}""", HeroJson.CreateSettings()));

        Assert.That(ex!.Message, Does.Not.Contain(wire));
    }
}
