using System.Net;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Safe retries: idempotent calls are retried; a message or booking is never sent twice by accident.</summary>
[TestFixture]
public class RetryPolicyTests
{
    private static readonly HttpStatusCode[] Retriable =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    [TestCase(null, null, null)]
    [TestCase(7.0, null, 7.0)]
    [TestCase(null, 20.0, 20.0)]
    [TestCase(null, -30.0, 0.0)]
    public void Retry_after_is_a_wait_from_now_never_negative(double? deltaSeconds, double? dateFromNowSeconds, double? expectedSeconds)
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (deltaSeconds is { } delta)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(delta));
        }
        else if (dateFromNowSeconds is { } fromNow)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(fromNow));
        }

        Assert.That(HeroErrorPolicy.RetryAfterOf(response, clock), Is.EqualTo(expectedSeconds is { } s ? TimeSpan.FromSeconds(s) : null));
    }

    [TestCaseSource(nameof(Retriable))]
    public async Task Get_is_retried_on(HttpStatusCode status)
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When(HttpMethod.Get, "*/v1/slots/9").Respond(_ => ++calls < 3
            ? new HttpResponseMessage(status)
            : Json("""{"id":"9"}"""));

        var slot = await h.Client.Booking.GetSlotAsync("9");

        Assert.That(slot!.Id, Is.EqualTo("9"));
        Assert.That(calls, Is.EqualTo(3));
    }

    [TestCaseSource(nameof(Retriable))]
    public async Task Post_is_not_retried_on(HttpStatusCode status)
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When(HttpMethod.Post, "*/v1/messages/send").Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(status);
        });

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<HeroHealthApiException>(), () => h.Client.Messages.SendMessageAsync(Message()));

        Assert.That(calls, Is.EqualTo(1), "the server saw exactly one send");
        Assert.That(((HeroHealthApiException)ex!).StatusCode, Is.EqualTo((int)status));
    }

    [Test]
    public async Task Patch_is_not_retried_on_a_connection_dropped_mid_response()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When(HttpMethod.Patch, "*/v1/batch_message/5/send").Respond(_ =>
        {
            calls++;
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        });

        var ex = await Assert.ThrowsAsync<HeroHealthTransportException>(() => h.Client.Messages.SendBatchMessageAsync("5"));

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(ex!.InnerException, Is.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Post_is_retried_when_the_connection_was_never_established()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When(HttpMethod.Post, "*/v1/messages/send").Respond(_ => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : Json(Sample("SentMessage", ("message_id", "m1"))));

        var sent = await h.Client.Messages.SendMessageAsync(Message());

        Assert.That(sent!.MessageId, Is.EqualTo("m1"));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task A_caller_can_opt_in_to_retrying_a_post()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(_ => ++calls < 2
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : Json("""{"access_token":"jwt"}"""));

        var token = await h.Client.WithNonIdempotentRetries().PracticeGroup.CreateAccessTokenAsync();

        Assert.That(token!.AccessToken, Is.EqualTo("jwt"));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(h.Client.WithNonIdempotentRetries().ForPracticeGroup("7"), Is.Not.Null);
    }

    [Test]
    public async Task Attempts_are_capped_by_MaxAttempts()
    {
        using var h = new FacadeHarness(o => o.Retry.MaxAttempts = 4);
        var calls = 0;
        h.Mock.When("*").Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(HttpStatusCode.BadGateway);
        });

        await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.Booking.GetAppointmentAsync("1"));

        Assert.That(calls, Is.EqualTo(4));
    }

    [Test]
    public async Task Retries_can_be_switched_off()
    {
        using var h = new FacadeHarness(o => o.Retry.Enabled = false);
        var calls = 0;
        h.Mock.When("*").Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        });

        await Assert.ThrowsAsync<HeroHealthServerException>(() => h.Client.Booking.GetAppointmentAsync("1"));

        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Retry_After_in_seconds_is_waited_on_the_clock()
    {
        using var h = new FacadeHarness(o =>
        {
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(100);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        });
        var attempts = new List<DateTimeOffset>();
        h.Mock.When("*").Respond(_ =>
        {
            attempts.Add(h.Time.GetUtcNow());
            if (attempts.Count == 1)
            {
                var r = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
                return r;
            }

            return Json("""{"id":"1"}""");
        });

        await h.WithClockAsync(() => h.Client.Booking.GetSlotAsync("1"), step: TimeSpan.FromMilliseconds(500));

        Assert.That(attempts, Has.Count.EqualTo(2));
        var waited = attempts[1] - attempts[0];
        Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(7)).And.LessThan(TimeSpan.FromSeconds(7.6)));
    }

    [Test]
    public async Task Retry_After_as_an_HTTP_date_is_honoured()
    {
        using var h = new FacadeHarness();
        var attempts = new List<DateTimeOffset>();
        h.Mock.When("*").Respond(_ =>
        {
            attempts.Add(h.Time.GetUtcNow());
            if (attempts.Count == 1)
            {
                var r = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
                r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(h.Time.GetUtcNow().AddSeconds(20));
                return r;
            }

            return Json("""{"id":"1"}""");
        });

        await h.WithClockAsync(() => h.Client.Booking.GetSlotAsync("1"), step: TimeSpan.FromSeconds(1));

        Assert.That(attempts[1] - attempts[0], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(20)).And.LessThan(TimeSpan.FromSeconds(22)));
    }

    [Test]
    public async Task Retry_After_beyond_the_cap_is_not_waited_and_is_reported()
    {
        using var h = new FacadeHarness(o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(30));
        var calls = 0;
        h.Mock.When("*").Respond(_ =>
        {
            calls++;
            var r = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMinutes(10));
            return r;
        });

        var ex = await Assert.ThrowsAsync<HeroHealthRateLimitException>(() => h.Client.Booking.GetSlotAsync("1"));

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(ex.Message, Does.Contain("600 s"));
    }

    [Test]
    public async Task Backoff_grows_between_attempts()
    {
        using var h = new FacadeHarness(o =>
        {
            o.Retry.MaxAttempts = 4;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(1);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        });
        var attempts = new List<DateTimeOffset>();
        h.Mock.When("*").Respond(_ =>
        {
            attempts.Add(h.Time.GetUtcNow());
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        });

        await Assert.ThrowsAsync<HeroHealthServerException>(() => h.WithClockAsync(() => h.Client.Booking.GetSlotAsync("1"), step: TimeSpan.FromMilliseconds(100)));

        Assert.That(attempts, Has.Count.EqualTo(4));
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => b - a).ToList();
        Assert.That(gaps.All(g => g > TimeSpan.Zero), Is.True, "every retry waited");
        Assert.That(gaps.Sum(g => g.TotalSeconds), Is.GreaterThan(2), "exponential backoff from 1 s adds up");
    }

    internal static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
    };

    /// <summary>A complete documented body of component <paramref name="schema"/>, with some values replaced.</summary>
    internal static string Sample(string schema, params (string Name, string Value)[] values)
    {
        var body = (Newtonsoft.Json.Linq.JObject)SchemaSamples.ForSchema(new Newtonsoft.Json.Linq.JObject { ["$ref"] = "#/components/schemas/" + schema }, null);
        foreach (var (name, value) in values)
        {
            body[name] = value;
        }

        return body.ToString(Newtonsoft.Json.Formatting.None);
    }

    internal static SendMessageRequest Message() => new()
    {
        PatientId = "1",
        MessageType = SendMessageRequestMessageType.Sms,
        MessageString = "Your flu jab is booked for Tuesday",
        RecipientContactDetail = "07700 900123",
    };
}
