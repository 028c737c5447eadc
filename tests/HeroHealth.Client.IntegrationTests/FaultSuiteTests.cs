using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// Faults on a real loopback Kestrel server. For each: the expected outcome (retried or not, exception type), a message
/// free of secrets and patient data, and, for POSTs, the server's count proving nothing was sent twice.
/// </summary>
[TestFixture]
[NonParallelizable]
public class FaultSuiteTests
{
    private const string Nhs = "943 476 5919";
    private FaultServer _server = null!;
    private HeroHealthClient _hero = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await FaultServer.StartAsync();
        _hero = new HeroHealthClient(new HeroHealthClientOptions
        {
            ApiKey = Payloads.ApiKey,
            PracticeGroupId = "1001",
            BaseAddress = _server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(1),
            Retry = { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), MaxRetryAfter = TimeSpan.FromSeconds(5) },
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _hero.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Rate_limited_get_waits_for_Retry_After_then_succeeds()
    {
        _server.Behave((c, _) => c.Request.Method == "GET" && ++_calls == 1 ? RateLimited(c) : FaultServer.Json(c, 200, Payloads.Appointment()));
        _calls = 0;
        var started = DateTime.UtcNow;

        var appointment = await _hero.Booking.GetAppointmentAsync("5002");

        Assert.That(appointment?.Id, Is.EqualTo("5002"));
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(2));
        Assert.That(DateTime.UtcNow - started, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9)), "Retry-After: 1 was honoured");
    }

    [Test]
    public async Task Rate_limited_post_is_not_resent()
    {
        _server.Behave((c, _) => RateLimited(c));

        var ex = await Assert.ThrowsAsync<HeroHealthRateLimitException>(() => Send());

        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)));
        AssertClean(ex);
    }

    [Test]
    public async Task A_burst_of_503s_is_retried_for_get_and_not_for_post()
    {
        var gets = 0;
        _server.Behave((c, _) => c.Request.Method == "GET"
            ? (++gets <= 2 ? FaultServer.Json(c, 503, "{\"message\":\"busy\"}") : FaultServer.Json(c, 200, Payloads.Appointment()))
            : FaultServer.Json(c, 503, "{\"message\":\"busy\"}"));

        var appointment = await _hero.Booking.GetAppointmentAsync("5002");
        var ex = await Assert.ThrowsAsync<HeroHealthServerException>(() => Send());

        Assert.That(appointment?.Id, Is.EqualTo("5002"));
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(3));
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
        AssertClean(ex!);
    }

    [Test]
    public async Task Connection_reset_before_the_body_is_read()
    {
        _server.Behave((c, _) =>
        {
            c.Abort();
            return Task.CompletedTask;
        });

        var get = await Assert.ThrowsAsync<HeroHealthTransportException>(() => _hero.Booking.GetAppointmentAsync("5002"));
        var post = await Assert.ThrowsAsync<HeroHealthTransportException>(() => Send());

        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(3), "GET retried to the limit");
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1), "the connection was up: Hero may have it, so no resend");
        AssertClean(get!);
        AssertClean(post!);
    }

    [Test]
    public async Task Connection_reset_after_the_body_is_read_never_doubles_a_send()
    {
        var processed = 0;
        _server.Behave(async (c, _) =>
        {
            await FaultServer.ReadBody(c);
            Interlocked.Increment(ref processed);
            c.Abort();
        });

        var ex = await Assert.ThrowsAsync<HeroHealthTransportException>(() => Send());

        Assert.That(processed, Is.EqualTo(1));
        AssertClean(ex!);
    }

    [Test]
    public async Task A_response_slower_than_the_timeout_is_a_timeout_and_a_post_is_not_resent()
    {
        _server.Behave(async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            if (!c.RequestAborted.IsCancellationRequested)
            {
                await FaultServer.Json(c, 200, Payloads.Appointment());
            }
        });

        var get = await Assert.ThrowsAsync<HeroHealthTimeoutException>(() => _hero.Booking.GetAppointmentAsync("5002"));
        var post = await Assert.ThrowsAsync<HeroHealthTimeoutException>(() => Send());

        Assert.That(get!.InnerException, Is.InstanceOf<TimeoutException>());
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(3));
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
        AssertClean(post!);
    }

    [Test]
    public async Task A_body_that_stalls_after_the_headers_is_bounded_by_the_attempt_timeout()
    {
        // Headers and half the body arrive at once, then nothing: the per-attempt timeout must cover the body too
        // (the pipeline buffers it inside the attempt), or the read would hang for as long as the server likes.
        _server.Behave(async (c, _) =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = "application/json";
            var json = Encoding.UTF8.GetBytes(Payloads.Appointment());
            c.Response.ContentLength = json.Length;
            await c.Response.Body.WriteAsync(json.AsMemory(0, json.Length / 2), c.RequestAborted);
            await c.Response.Body.FlushAsync(c.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        var started = DateTime.UtcNow;

        var get = await Assert.ThrowsAsync<HeroHealthTimeoutException>(() => _hero.Booking.GetAppointmentAsync("5002"));
        var post = await Assert.ThrowsAsync<HeroHealthTimeoutException>(() => Send());

        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(8)), "3 GET attempts + 1 POST attempt of 1 s each, not 10 s stalls");
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(3), "a stalled GET is retried");
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1), "a stalled POST may have been processed: not resent");
        AssertClean(get!);
        AssertClean(post!);
    }

    [TestCase("truncated", """{"id":"5002","patient_id":"9001","practi""", "application/json")]
    [TestCase("malformed", """{"id":"5002",,"patient_id":"943 476 5919"}""", "application/json")]
    [TestCase("wrong content type", "<html><body>Jane Smith, 943 476 5919</body></html>", "text/html")]
    public async Task Unreadable_success_bodies_fail_clearly_without_leaking_them(string what, string body, string contentType)
    {
        _server.Behave((c, _) => FaultServer.Json(c, 200, body, contentType));

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<HeroHealthResponseShapeException>(), () => _hero.Booking.GetAppointmentAsync("5002"));

        Assert.That(((HeroHealthException)ex!).MayHaveBeenDelivered, Is.True, what);
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(1), "a 200 is not retried");
        AssertClean(ex);
    }

    [TestCase(200)]
    [TestCase(201)]
    [TestCase(202)]
    [TestCase(204)]
    public async Task An_empty_2xx_to_a_send_is_success_sent_once(int status)
    {
        _server.Behave(async (c, _) =>
        {
            c.Response.StatusCode = status;
            await c.Response.CompleteAsync();
        });

        var sent = await Send();

        Assert.That(sent, Is.Null, "no details came back, but the message was accepted");
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1), "a success is never resent");
    }

    [TestCase(201, """{"message_id":"m-77"}""")]
    [TestCase(202, """{"message_id":"m-77"}""")]
    public async Task A_2xx_other_than_200_with_a_body_is_read(int status, string body)
    {
        _server.Behave((c, _) => FaultServer.Json(c, status, body));

        var sent = await Send();

        Assert.That(sent?.MessageId, Is.EqualTo("m-77"));
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_ten_megabyte_error_body_is_capped()
    {
        var huge = "{\"error\":true,\"statusCode\":400,\"message\":[],\"padding\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";
        _server.Behave((c, _) => FaultServer.Json(c, 400, huge));

        var ex = await Assert.ThrowsAsync<HeroHealthValidationException>(() => Send());

        // The SDK keeps at most 1 MiB of an error body (docs/guarantees.md, section 5).
        Assert.That(ex!.ResponseBody!.Length, Is.LessThanOrEqualTo(1024 * 1024));
        Assert.That(_server.Count("POST /v1/messages/send"), Is.EqualTo(1));
        AssertClean(ex);
    }

    [Test]
    public async Task A_ten_megabyte_success_body_is_read()
    {
        var big = Payloads.Appointment().Replace("\"patient_id\":\"9001\"", "\"patient_id\":\"9001\",\"notes\":\"" + new string('n', 10 * 1024 * 1024) + "\"", StringComparison.Ordinal);
        _server.Behave((c, _) => FaultServer.Json(c, 200, big));

        var appointment = await _hero.Booking.GetAppointmentAsync("5002");

        Assert.That(appointment!.AdditionalProperties["notes"].ToString(), Has.Length.EqualTo(10 * 1024 * 1024));
    }

    [Test]
    public async Task Minting_an_elements_token_is_retried_on_a_single_503_because_the_spec_marks_it_safe()
    {
        var posts = 0;
        _server.Behave((c, _) => Interlocked.Increment(ref posts) == 1
            ? FaultServer.Json(c, 503, "{\"message\":\"busy\"}")
            : FaultServer.Json(c, 200, "{\"access_token\":\"a.eyJleHAiOjQxMDI0NDQ4MDB9.c\"}"));

        var token = await _hero.PracticeGroup.CreateAccessTokenAsync();

        Assert.That(token?.AccessToken, Does.StartWith("a."));
        Assert.That(_server.Count("POST /v1/access_token"), Is.EqualTo(2), "x-hero-idempotent: one retry, as for a GET");
    }

    [Test]
    public async Task A_body_declared_in_latin_1_is_read_in_latin_1()
    {
        _server.Behave(async (c, _) =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = "application/json; charset=iso-8859-1";
            await c.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("""{"id":"7","first_name":"Zoë","last_name":"Brontë","email":"zoe@practice.example"}"""));
        });

        var patient = await _hero.Patients.GetPatientByIdAsync("7");

        Assert.That((patient?.FirstName, patient?.LastName), Is.EqualTo(("Zoë", "Brontë")), "was \"Zo\uFFFD\": decoded as UTF-8");
    }

    [Test]
    public async Task A_huge_chunked_2xx_body_stops_being_read_at_the_cap()
    {
        const long Size = 218L * 1024 * 1024;
        long written = 0;
        _server.Behave(async (c, _) =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = "application/json";
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            try
            {
                while (written < Size)
                {
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted); // chunked: no Content-Length
                    written += chunk.Length;
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // the client stopped reading
            }
        });
        using var hero = new HeroHealthClient(new HeroHealthClientOptions { ApiKey = Payloads.ApiKey, PracticeGroupId = "1001", BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) });
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var ex = await Assert.ThrowsAsync<HeroHealthResponseTooLargeException>(() => hero.Booking.GetAppointmentAsync("5002"));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        TestContext.Out.WriteLine($"allocated {allocated / (1024 * 1024)} MiB");
        Assert.That(ex!.Message, Does.Contain("reading stopped at the limit"));
        Assert.That(_server.Count("GET /v1/appointments/5002"), Is.EqualTo(1), "not retried: the same request gets the same answer");
        Assert.That(allocated, Is.LessThan((128L + 24) * 1024 * 1024), $"{allocated / (1024 * 1024)} MiB allocated: no more than the 128 MiB cap and change (was about 256 MiB)");
    }

    [Test]
    public async Task An_oversized_error_body_keeps_its_first_MiB()
    {
        var body = "{\"message\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";
        _server.Behave((c, _) => FaultServer.Json(c, 400, body));

        var ex = await Assert.ThrowsAsync<HeroHealthValidationException>(() => _hero.Booking.GetAppointmentAsync("5002"));

        Assert.That(ex!.ResponseBody, Has.Length.EqualTo(1024 * 1024), "its first 1 MiB, as the guarantees promise");
        Assert.That(ex.ResponseBody, Does.StartWith("{\"message\":\"xxx"));
        Assert.That(ex.StatusCode, Is.EqualTo(400));
    }

    private int _calls;

    private static async Task RateLimited(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        await FaultServer.Json(context, 429, "{\"message\":\"Too Many Requests\"}");
    }

    private Task<SentMessage?> Send() => _hero.Messages.SendSmsAsync("9001", "Results for " + Nhs + " are ready", new SmsOptions { Recipient = "07700 900123" });

    private static void AssertClean(Exception ex)
    {
        var text = ex.ToString();
        foreach (var secret in new[] { Payloads.ApiKey, Nhs, "9434765919", "Jane", "07700", "+447700900123", "Results for" })
        {
            Assert.That(text, Does.Not.Contain(secret), $"{ex.GetType().Name} must not contain {secret}");
        }
    }
}
