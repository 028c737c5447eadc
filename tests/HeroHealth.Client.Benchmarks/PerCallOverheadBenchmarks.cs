using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HeroHealth.Client.Generated;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// (1) Per-call cost over an in-memory handler: hand-written HttpClient + System.Text.Json (baseline) vs the
/// NSwag raw client vs the facade (per-request scoping, retry + timeout pipeline armed, logging into a null sink).
/// </summary>
[MemoryDiagnoser]
public class PerCallOverheadBenchmarks
{
    private HttpClient _baselineGet = null!;
    private HttpClient _baselinePost = null!;
    private BookingClient _rawBooking = null!;
    private MessagesClient _rawMessages = null!;
    private HeroHealthClient _facadeGet = null!;
    private HeroHealthClient _facadePost = null!;
    private SendMessageRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _baselineGet = new HttpClient(new CannedHandler(Payloads.Appointment)) { BaseAddress = Payloads.Base };
        _baselinePost = new HttpClient(new CannedHandler(Payloads.SentMessage)) { BaseAddress = Payloads.Base };
        _rawBooking = new BookingClient(Payloads.Context, new HttpClient(new CannedHandler(Payloads.Appointment)) { BaseAddress = Payloads.Base });
        _rawMessages = new MessagesClient(Payloads.Context, new HttpClient(new CannedHandler(Payloads.SentMessage)) { BaseAddress = Payloads.Base });
        _facadeGet = new HeroHealthClient(Payloads.Options(), new CannedHandler(Payloads.Appointment), NullLoggerFactory.Instance);
        _facadePost = new HeroHealthClient(Payloads.Options(), new CannedHandler(Payloads.SentMessage), NullLoggerFactory.Instance);
        _request = new SendMessageRequest { PatientId = "9001", MessageType = SendMessageRequestMessageType.Sms, MessageString = "Your flu vaccination is booked for Tuesday at 09:00.", WriteToRecord = true };
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

    [Benchmark(Description = "getAppointment: facade")]
    [BenchmarkCategory("getAppointment")]
    public Task<Appointment?> GetFacade() => _facadeGet.Booking.GetAppointmentAsync("5002");

    [Benchmark(Description = "sendMessage: HttpClient + STJ")]
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

    [Benchmark(Description = "sendMessage: facade")]
    [BenchmarkCategory("sendMessage")]
    public Task<SentMessage?> SendFacade() => _facadePost.Messages.SendMessageAsync(_request);
}
