namespace HeroHealth.Client;

/// <summary>Filters and paging for walking episodes.</summary>
public sealed record EpisodeListOptions : PagingOptions
{
    /// <summary>Only episodes in these statuses, when given.</summary>
    public IReadOnlyCollection<ListEpisodesStatusItem>? Statuses { get; init; }
}
