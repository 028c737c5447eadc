using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// (1) Per-call cost over an in-memory handler: hand-written HttpClient + System.Text.Json (baseline) vs the
/// NSwag raw client vs the facade (per-request scoping, retry + timeout pipeline armed, logging into a null sink),
/// with Refit (hand-written interface, System.Text.Json) and Kiota (generated from openapi/) as peers.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerCallOverheadBenchmarks
{
    private HttpClient _baselineGet = null!;
    private HttpClient _baselinePost = null!;
    private BookingClient _rawBooking = null!;
    private MessagesClient _rawMessages = null!;
    private HeroHealthClient _facadeGet = null!;
    private HeroHealthClient _facadePost = null!;
    private HeroHealthClient _facadeGetNoDrift = null!;
    private SendMessageRequest _request = null!;
    private IHeroRefitApi _refitGet = null!;
    private IHeroRefitApi _refitPost = null!;
    private Kiota.HeroKiotaClient _kiotaGet = null!;
    private Kiota.HeroKiotaClient _kiotaPost = null!;
    private Kiota.Models.SendMessageRequest _kiotaRequest = null!;
    private SendMessageDto _dto = null!;

    [GlobalSetup]
    public void Setup()
    {
        _baselineGet = new HttpClient(new CannedHandler(Payloads.Appointment)) { BaseAddress = Payloads.Base };
        _baselinePost = new HttpClient(new CannedHandler(Payloads.SentMessage)) { BaseAddress = Payloads.Base };
        _rawBooking = new BookingClient(Payloads.Context, Payloads.BarePipeline(new CannedHandler(Payloads.Appointment)));
        _rawMessages = new MessagesClient(Payloads.Context, Payloads.BarePipeline(new CannedHandler(Payloads.SentMessage)));
        _facadeGet = new HeroHealthClient(Payloads.Options(), new CannedHandler(Payloads.Appointment), NullLoggerFactory.Instance);
        _facadePost = new HeroHealthClient(Payloads.Options(), new CannedHandler(Payloads.SentMessage), NullLoggerFactory.Instance);
        var noDrift = Payloads.Options();
        noDrift.ReportSpecDrift = false;
        _facadeGetNoDrift = new HeroHealthClient(noDrift, new CannedHandler(Payloads.Appointment), NullLoggerFactory.Instance);
        _refitGet = Refit.RestService.For<IHeroRefitApi>(new HttpClient(new CannedHandler(Payloads.Appointment)) { BaseAddress = Payloads.Base });
        _refitPost = Refit.RestService.For<IHeroRefitApi>(new HttpClient(new CannedHandler(Payloads.SentMessage)) { BaseAddress = Payloads.Base });
        _kiotaGet = KiotaPeer.Create(new CannedHandler(Payloads.Appointment));
        _kiotaPost = KiotaPeer.Create(new CannedHandler(Payloads.SentMessage));
        _kiotaRequest = new Kiota.Models.SendMessageRequest { PatientId = "9001", MessageType = Kiota.Models.SendMessageRequestMessageType.Sms, MessageString = "Your flu vaccination is booked for Tuesday at 09:00.", WriteToRecord = true };
        _dto = new SendMessageDto("9001", "sms", "Your flu vaccination is booked for Tuesday at 09:00.", true);
        _request = new SendMessageRequest { PatientId = "9001", MessageType = SendMessageRequestMessageType.Sms, MessageString = "Your flu vaccination is booked for Tuesday at 09:00.", WriteToRecord = true };
        VerifyEveryRowReadsTheSameAnswer();
    }

    // A row that silently read nothing would look fast: each path must return the canned ids before it is timed.
    private void VerifyEveryRowReadsTheSameAnswer()
    {
        string?[] appointmentIds = [GetBaseline().Result?.Id, GetRaw().Result?.Id, GetRefit().Result.Id, GetKiota().Result?.Id, GetFacade().Result?.Id, GetFacadeWithoutDrift().Result?.Id];
        string?[] messageIds = [SendBaseline().Result?.MessageId, SendRaw().Result?.MessageId, SendRefit().Result.MessageId, SendKiota().Result?.MessageId, SendFacade().Result?.MessageId];
        if (appointmentIds.Any(id => id != "5002") || messageIds.Any(id => id != "5003"))
        {
            throw new InvalidOperationException($"A benchmark row read a different answer: {string.Join(",", appointmentIds)} / {string.Join(",", messageIds)}");
        }
    }

    [Benchmark(Baseline = true, Description = "getAppointment: HttpClient + STJ")]
    [BenchmarkCategory("getAppointment")]
    public async Task<AppointmentDto?> GetBaseline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/appointments/5002");
        request.Headers.Add("x-api-key", "benchmark-key");
        request.Headers.Add("x-practice-group-id", "1001");
        using var response = await _baselineGet.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonSerializer.DeserializeAsync<AppointmentDto>(stream);
    }

    [Benchmark(Description = "getAppointment: NSwag raw client")]
    [BenchmarkCategory("getAppointment")]
    public Task<Appointment?> GetRaw() => _rawBooking.GetAppointmentAsync("5002");

    [Benchmark(Description = "getAppointment: Refit (STJ)")]
    [BenchmarkCategory("getAppointment")]
    public Task<AppointmentDto> GetRefit() => _refitGet.GetAppointmentAsync("5002", "benchmark-key", "1001");

    [Benchmark(Description = "getAppointment: Kiota")]
    [BenchmarkCategory("getAppointment")]
    public Task<Kiota.Models.Appointment?> GetKiota() => _kiotaGet.V1.Appointments["5002"].GetAsync();

    [Benchmark(Description = "getAppointment: facade")]
    [BenchmarkCategory("getAppointment")]
    public Task<Appointment?> GetFacade() => _facadeGet.Booking.GetAppointmentAsync("5002");

    // The spec-drift check's cost on the hot path: the same facade with ReportSpecDrift off (issue 27: within the noise).
    [Benchmark(Description = "getAppointment: facade, spec drift off")]
    [BenchmarkCategory("getAppointment")]
    public Task<Appointment?> GetFacadeWithoutDrift() => _facadeGetNoDrift.Booking.GetAppointmentAsync("5002");

    [Benchmark(Baseline = true, Description = "sendMessage: HttpClient + STJ")]
    [BenchmarkCategory("sendMessage")]
    public async Task<SentMessageDto?> SendBaseline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/messages/send")
        {
            Content = JsonContent.Create(new SendMessageDto("9001", "sms", "Your flu vaccination is booked for Tuesday at 09:00.", true)),
        };
        request.Headers.Add("x-api-key", "benchmark-key");
        request.Headers.Add("x-practice-group-id", "1001");
        using var response = await _baselinePost.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonSerializer.DeserializeAsync<SentMessageDto>(stream);
    }

    [Benchmark(Description = "sendMessage: NSwag raw client")]
    [BenchmarkCategory("sendMessage")]
    public Task<SentMessage?> SendRaw() => _rawMessages.SendMessageAsync(_request);

    [Benchmark(Description = "sendMessage: Refit (STJ)")]
    [BenchmarkCategory("sendMessage")]
    public Task<SentMessageDto> SendRefit() => _refitPost.SendMessageAsync(_dto, "benchmark-key", "1001");

    [Benchmark(Description = "sendMessage: Kiota")]
    [BenchmarkCategory("sendMessage")]
    public Task<Kiota.Models.SentMessage?> SendKiota() => _kiotaPost.V1.Messages.Send.PostAsync(_kiotaRequest);

    [Benchmark(Description = "sendMessage: facade")]
    [BenchmarkCategory("sendMessage")]
    public Task<SentMessage?> SendFacade() => _facadePost.Messages.SendMessageAsync(_request);
}
