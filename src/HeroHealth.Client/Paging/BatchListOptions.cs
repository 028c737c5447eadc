namespace HeroHealth.Client;

/// <summary>Filters and paging for walking a batch's recipients or sends.</summary>
public sealed record BatchListOptions : PagingOptions
{
    /// <summary>Only items in this status (Hero's text, e.g. <c>ERROR</c>), when given.</summary>
    public string? Status { get; init; }
}
