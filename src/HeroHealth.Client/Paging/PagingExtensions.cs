using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// Auto-paging versions of every Hero list that takes <c>page_index</c>/<c>page_size</c>, as a
/// <see cref="HeroPageable{T}"/> each: enumerate it for the items or call <c>AsPages()</c> for the pages.
/// </summary>
public static class PagingExtensions
{
    /// <summary>All admins of the practice group, 100 to a page.</summary>
    /// <param name="admins">The admins client.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The admins.</returns>
    public static HeroPageable<Admin> ListAllAdminsAsync(this IAdminClient admins, CancellationToken cancellationToken = default) =>
        ListAllAdminsAsync(admins, null, cancellationToken);

    /// <summary>All admins of the practice group.</summary>
    /// <param name="admins">The admins client.</param>
    /// <param name="options">Paging options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The admins.</returns>
    public static HeroPageable<Admin> ListAllAdminsAsync(this IAdminClient admins, PagingOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admins);
        // Hero documents listAdmins' page_index/page_size as strings.
        return HeroPaging.EnumerateAsync<Admin>(
            async (index, size, ct) => await admins.ListAdminsAsync(Text(index), Text(size), null, null, ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All episodes, 100 to a page.</summary>
    /// <param name="episodes">The episodes client.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The episodes.</returns>
    public static HeroPageable<EpisodeSummary> ListAllEpisodesAsync(this IEpisodeClient episodes, CancellationToken cancellationToken = default) =>
        ListAllEpisodesAsync(episodes, null, cancellationToken);

    /// <summary>All episodes, optionally filtered by status.</summary>
    /// <param name="episodes">The episodes client.</param>
    /// <param name="options">Status filter and paging options; none and the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The episodes.</returns>
    public static HeroPageable<EpisodeSummary> ListAllEpisodesAsync(this IEpisodeClient episodes, EpisodeListOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var statuses = options?.Statuses?.ToList();
        return HeroPaging.EnumerateAsync<EpisodeSummary>(
            async (index, size, ct) => await episodes.ListEpisodesAsync(index, size, null, null, statuses, null, null, null, ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All patients of the practice group (<c>GET /v3/patients</c>), 100 to a page.</summary>
    /// <param name="patients">The patients client.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The patients.</returns>
    public static HeroPageable<PatientSummary> ListAllPatientsAsync(this IPatientsClient patients, CancellationToken cancellationToken = default) =>
        ListAllPatientsAsync(patients, null, cancellationToken);

    /// <summary>All patients matching the filters (<c>GET /v3/patients</c>; Hero takes them in the query string, see the README on patient data in URLs).</summary>
    /// <param name="patients">The patients client.</param>
    /// <param name="options">Name and date-of-birth filters and paging options; none and the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The patients.</returns>
    public static HeroPageable<PatientSummary> ListAllPatientsAsync(this IPatientsClient patients, PatientListOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var dob = options?.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var firstName = options?.FirstName;
        var lastName = options?.LastName;
        return HeroPaging.EnumerateAsync<PatientSummary>(
            async (index, size, ct) => await patients.ListPatientsV3Async(Text(index), Text(size), firstName, lastName, dob, null, null, ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All recipients of a batch message, 100 to a page (items as Hero sends them; their fields are not documented).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The recipients.</returns>
    public static HeroPageable<JToken> ListAllBatchRecipientsAsync(this IMessagesClient messages, string batchId, CancellationToken cancellationToken = default) =>
        ListAllBatchRecipientsAsync(messages, batchId, null, cancellationToken);

    /// <summary>All recipients of a batch message, optionally in one status (items as Hero sends them; their fields are not documented).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="options">Status filter (e.g. <c>ERROR</c>) and paging options; none and the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The recipients.</returns>
    public static HeroPageable<JToken> ListAllBatchRecipientsAsync(this IMessagesClient messages, string batchId, BatchListOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        HeroIds.Validate(batchId, nameof(batchId), "batch id");
        var status = options?.Status;
        return HeroPaging.EnumerateAsync<JToken>(
            async (index, size, ct) => await messages.ListBatchMessageRecipientsAsync(batchId, size, index, status, ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    /// <summary>All messages sent for a batch, 100 to a page (items as Hero sends them).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The sends.</returns>
    public static HeroPageable<JToken> ListAllBatchSendsAsync(this IMessagesClient messages, string batchId, CancellationToken cancellationToken = default) =>
        ListAllBatchSendsAsync(messages, batchId, null, cancellationToken);

    /// <summary>All messages sent for a batch, optionally in one status (items as Hero sends them).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="options">Status filter and paging options; none and the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The sends.</returns>
    public static HeroPageable<JToken> ListAllBatchSendsAsync(this IMessagesClient messages, string batchId, BatchListOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        HeroIds.Validate(batchId, nameof(batchId), "batch id");
        var status = options?.Status;
        return HeroPaging.EnumerateAsync<JToken>(
            async (index, size, ct) => UndocumentedLists.Page<JToken>(await messages.ListBatchMessageSendsAsync(batchId, size, index, status, ct).ConfigureAwait(false), "listBatchMessageSends"),
            options,
            cancellationToken);
    }

    /// <summary>All patient subscriptions of the practice group, 100 to a page (items as Hero sends them).</summary>
    /// <param name="subscriptions">The subscriptions client.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The subscriptions.</returns>
    public static HeroPageable<JToken> ListAllSubscriptionsAsync(this ISubscriptionsClient subscriptions, CancellationToken cancellationToken = default) =>
        ListAllSubscriptionsAsync(subscriptions, null, cancellationToken);

    /// <summary>All patient subscriptions matching the filters (items as Hero sends them).</summary>
    /// <param name="subscriptions">The subscriptions client.</param>
    /// <param name="options">Patient and status filters and paging options; none and the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The subscriptions.</returns>
    public static HeroPageable<JToken> ListAllSubscriptionsAsync(this ISubscriptionsClient subscriptions, SubscriptionListOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var patientId = options?.PatientId;
        if (patientId is not null)
        {
            HeroIds.Validate(patientId, "options." + nameof(SubscriptionListOptions.PatientId), "patient id");
        }

        var status = options?.Status;
        return HeroPaging.EnumerateAsync<JToken>(
            async (index, size, ct) => UndocumentedLists.Page<JToken>(await subscriptions.ListSubscriptionsAsync(patientId, index, size, null, null, null, null, status, ct).ConfigureAwait(false), "listSubscriptions"),
            options,
            cancellationToken);
    }

    /// <summary>All short links of the practice group, 100 to a page.</summary>
    /// <param name="shortLinks">The short links client.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The short links.</returns>
    public static HeroPageable<ShortLink> ListAllShortLinksAsync(this IShortLinksClient shortLinks, CancellationToken cancellationToken = default) =>
        ListAllShortLinksAsync(shortLinks, null, cancellationToken);

    /// <summary>All short links matching the filters.</summary>
    /// <param name="shortLinks">The short links client.</param>
    /// <param name="options">Type and status filters and paging options; none and the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The short links.</returns>
    public static HeroPageable<ShortLink> ListAllShortLinksAsync(this IShortLinksClient shortLinks, ShortLinkListOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shortLinks);
        var type = options?.Type;
        var status = options?.Status;
        var excludePatientSpecific = options?.ExcludePatientSpecificLinks;
        // Hero documents listShortLinks' page_index/page_size as strings.
        return HeroPaging.EnumerateAsync<ShortLink>(
            async (index, size, ct) => await shortLinks.ListShortLinksAsync(Text(index), Text(size), null, null, type, status, excludePatientSpecific, ct).ConfigureAwait(false),
            options,
            cancellationToken);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
