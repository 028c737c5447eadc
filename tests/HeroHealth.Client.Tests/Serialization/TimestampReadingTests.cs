using Newtonsoft.Json;

namespace HeroHealth.Client.Tests.Serialization;

/// <summary>
/// The SDK reads timestamps with a faster parser than Newtonsoft.Json's own (see TimestampConverter); it must give
/// exactly what Newtonsoft.Json gave for every shape Hero sends — except that a timestamp without an offset is UTC
/// (Newtonsoft reads it in the host's zone) — and fail without quoting what it could not read.
/// </summary>
[TestFixture]
public class TimestampReadingTests
{
    private static readonly JsonSerializerSettings NewtonsoftDefaults = new() { DateParseHandling = DateParseHandling.None };

    [TestCase("2026-12-01T09:00:00Z")]
    [TestCase("2026-12-01T09:00:00.123Z")]
    [TestCase("2026-12-01T09:00:00.1234567Z")]
    [TestCase("2026-12-01T09:00:00+01:00")]
    [TestCase("2026-12-01T09:00:00.5-05:30")]
    [TestCase("2026-12-01T09:00:00+00:00")]
    [TestCase("2026-12-01T09:00:00")]
    [TestCase("2026-12-01T09:00Z")]
    [TestCase("2026-12-01")]
    [TestCase("2026-12-01 09:00:00Z")]
    [TestCase("2026-12-01T23:59:59.9999999+14:00")]
    [TestCase("0001-01-01T00:00:00Z")]
    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("Tue, 01 Dec 2026 09:00:00 GMT")]
    [TestCase("12/01/2026 09:00:00")]
    public void Reads_every_timestamp_shape_exactly_as_Newtonsoft_did(string text)
    {
        var expected = Expected(text);

        var appointment = JsonConvert.DeserializeObject<Appointment>($$"""{"id":"1","start_time":{{JsonConvert.ToString(text)}}}""", HeroJson.CreateSettings())!;

        Assert.That(appointment.StartTime, Is.EqualTo(expected));
        Assert.That(appointment.StartTime!.Value.Offset, Is.EqualTo(expected.Offset), "same instant and same offset");
    }

    [Test]
    public void Null_and_empty_read_as_null_for_a_nullable_timestamp()
    {
        var settings = HeroJson.CreateSettings();

        Assert.That(JsonConvert.DeserializeObject<Appointment>("""{"id":"1","start_time":null}""", settings)!.StartTime, Is.Null);
        Assert.That(JsonConvert.DeserializeObject<Appointment>("""{"id":"1","start_time":""}""", settings)!.StartTime, Is.Null);
    }

    [TestCase("\"1 December, the patient's birthday 1957-03-14\"")]
    [TestCase("\"2026-13-45T09:00:00Z\"")]
    [TestCase("12345")]
    [TestCase("true")]
    public void An_unreadable_timestamp_fails_without_quoting_it(string json)
    {
        var ex = Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<Appointment>($$"""{"id":"1","start_time":{{json}}}""", HeroJson.CreateSettings()));

        Assert.That(ex!.Message, Does.Not.Contain("1957").And.Not.Contain("2026-13").And.Not.Contain("12345"));
    }

    [Test]
    public void Writing_is_unchanged()
    {
        var request = new Appointment { Id = "1", StartTime = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)) };

        var json = JsonConvert.SerializeObject(request, HeroJson.CreateSettings());

        Assert.That(json, Does.Contain("\"start_time\":\"2026-12-01T09:00:00+01:00\""));
    }

    [Test]
    public void Seeded_random_timestamps_agree_with_Newtonsoft()
    {
        var random = new Random(20261130);
        var formats = new[] { "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy-MM-ddTHH:mm:ss.fffffffzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss" };
        for (var i = 0; i < 5_000; i++)
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 4, 14 * 4 + 1) * 15);
            var instant = new DateTimeOffset(2000, 1, 1, 0, 0, 0, offset).AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(365 * 50).Ticks));
            var format = formats[random.Next(formats.Length)];
            var text = format.EndsWith('Z')
                ? instant.UtcDateTime.ToString(format.Replace("Z", "'Z'", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
                : instant.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

            var expected = Expected(text);
            Assert.That(TimestampConverter.TryParse(text, out var actual), Is.True, text);
            Assert.That((actual, actual.Offset), Is.EqualTo((expected, expected.Offset)), text);
        }
    }

    [TestCase("UTC")]
    [TestCase("Europe/London")]
    [TestCase("America/New_York")]
    [NonParallelizable]
    public void A_timestamp_without_an_offset_is_the_same_utc_instant_in_every_host_time_zone(string zone)
    {
        var before = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            Assume.That(TimeZoneInfo.Local.Id, Is.EqualTo(zone), "this platform takes the host zone from TZ");

            var summer = JsonConvert.DeserializeObject<Appointment>("""{"id":"1","start_time":"2026-07-01T09:30:00"}""", HeroJson.CreateSettings())!;
            var date = JsonConvert.DeserializeObject<Appointment>("""{"id":"1","start_time":"2026-07-01"}""", HeroJson.CreateSettings())!;

            Assert.That(summer.StartTime, Is.EqualTo(new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero)));
            Assert.That(summer.StartTime!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(date.StartTime, Is.EqualTo(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", before);
            TimeZoneInfo.ClearCachedData();
        }
    }

    /// <summary>Newtonsoft.Json's reading, moved to UTC where the text has no offset (Newtonsoft would use the host's).</summary>
    private static DateTimeOffset Expected(string text)
    {
        var newtonsoft = JsonConvert.DeserializeObject<DateTimeOffset>(JsonConvert.ToString(text), NewtonsoftDefaults);
        return TimestampConverter.HasOffset(text) || text.Contains("GMT", StringComparison.Ordinal) ? newtonsoft : new DateTimeOffset(newtonsoft.DateTime, TimeSpan.Zero);
    }
}
