using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>Auto-paging versions of every Hero list that takes <c>page_index</c>/<c>page_size</c>.</summary>
public static class PagingExtensions
{
    /// <summary>All admins of the practice group.</summary>
    /// <param name="admins">The admins client.</param>
    /// <param name="options">Paging options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The admins.</returns>
    public static IAsyncEnumerable<Admin> ListAllAdminsAsync(this IAdminClient admins, PagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admins);
        return HeroPaging.EnumerateAsync<Admin>(
            async (index, size, ct) => await admins.ListAdminsAsync(Text(index), Text(size), cancellationToken: ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All episodes (optionally filtered by status).</summary>
    /// <param name="episodes">The episodes client.</param>
    /// <param name="status">Only these statuses, when given.</param>
    /// <param name="options">Paging options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The episodes.</returns>
    public static IAsyncEnumerable<EpisodeSummary> ListAllEpisodesAsync(this IEpisodeClient episodes, IEnumerable<ListEpisodesStatusItem>? status = null, PagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var statuses = status?.ToList();
        return HeroPaging.EnumerateAsync<EpisodeSummary>(
            async (index, size, ct) => await episodes.ListEpisodesAsync(index, size, status: statuses, cancellationToken: ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All patients matching the given filters (<c>GET /v3/patients</c>).</summary>
    /// <param name="patients">The patients client.</param>
    /// <param name="firstName">First name filter.</param>
    /// <param name="lastName">Last name filter.</param>
    /// <param name="dateOfBirth">Date of birth filter (sent as yyyy-MM-dd).</param>
    /// <param name="options">Paging options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The patients.</returns>
    public static IAsyncEnumerable<PatientSummary> ListAllPatientsAsync(this IPatientsClient patients, string? firstName = null, string? lastName = null, DateOnly? dateOfBirth = null, PagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var dob = dateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return HeroPaging.EnumerateAsync<PatientSummary>(
            async (index, size, ct) => await patients.ListPatientsV3Async(Text(index), Text(size), firstName, lastName, dob, cancellationToken: ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All recipients of a batch message (items as Hero sends them; their fields are not documented).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="status">Only recipients in this status (e.g. <c>ERROR</c>), when given.</param>
    /// <param name="options">Paging options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The recipients.</returns>
    public static IAsyncEnumerable<JToken> ListAllBatchRecipientsAsync(this IMessagesClient messages, string batchId, string? status = null, PagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        HeroIds.Validate(batchId, nameof(batchId), "batch id");
        return HeroPaging.EnumerateAsync<JToken>(
            async (index, size, ct) => await messages.ListBatchMessageRecipientsAsync(batchId, size, index, status, ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All messages sent for a batch (items as Hero sends them).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="status">Only messages in this status, when given.</param>
    /// <param name="options">Paging options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The sends.</returns>
    public static IAsyncEnumerable<JToken> ListAllBatchSendsAsync(this IMessagesClient messages, string batchId, string? status = null, PagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        HeroIds.Validate(batchId, nameof(batchId), "batch id");
        return HeroPaging.EnumerateAsync<JToken>(
            async (index, size, ct) =>
            {
                var body = await messages.ListBatchMessageSendsAsync(batchId, size, index, status, ct).ConfigureAwait(false);
                return (IHeroPage<JToken>)new HeroPage<JToken>(UndocumentedLists.Items<JToken>(body, "listBatchMessageSends"), UndocumentedLists.Count(body));
            },
            options,
            cancellationToken);
    }

    /// <summary>All patient subscriptions matching the filters (items as Hero sends them).</summary>
    /// <param name="subscriptions">The subscriptions client.</param>
    /// <param name="patientId">Only this patient's, when given.</param>
    /// <param name="status">Only this status (e.g. <c>cancelled</c>), when given.</param>
    /// <param name="options">Paging options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The subscriptions.</returns>
    public static IAsyncEnumerable<JToken> ListAllSubscriptionsAsync(this ISubscriptionsClient subscriptions, string? patientId = null, string? status = null, PagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        return HeroPaging.EnumerateAsync<JToken>(
            async (index, size, ct) =>
            {
                var body = await subscriptions.ListSubscriptionsAsync(patientId, index, size, status: status, cancellationToken: ct).ConfigureAwait(false);
                return (IHeroPage<JToken>)new HeroPage<JToken>(UndocumentedLists.Items<JToken>(body, "listSubscriptions"), UndocumentedLists.Count(body));
            },
            options,
            cancellationToken);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
