using Refit;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// The Refit peer: what a team would hand-write with Refit for the two benchmarked operations, on Refit's default
/// System.Text.Json serializer and the same DTOs as the baseline (headers per call, as the SDK sends them).
/// </summary>
public interface IHeroRefitApi
{
    /// <summary>getAppointment.</summary>
    /// <param name="id">Appointment id.</param>
    /// <param name="apiKey">x-api-key.</param>
    /// <param name="practiceGroupId">x-practice-group-id.</param>
    /// <returns>The appointment.</returns>
    [Get("/v1/appointments/{id}")]
    Task<AppointmentDto> GetAppointmentAsync(string id, [Header("x-api-key")] string apiKey, [Header("x-practice-group-id")] string practiceGroupId);

    /// <summary>sendMessage.</summary>
    /// <param name="body">The message.</param>
    /// <param name="apiKey">x-api-key.</param>
    /// <param name="practiceGroupId">x-practice-group-id.</param>
    /// <returns>The sent message.</returns>
    [Post("/v1/messages/send")]
    Task<SentMessageDto> SendMessageAsync([Body] SendMessageDto body, [Header("x-api-key")] string apiKey, [Header("x-practice-group-id")] string practiceGroupId);
}
