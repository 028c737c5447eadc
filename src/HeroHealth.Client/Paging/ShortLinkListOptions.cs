namespace HeroHealth.Client;

/// <summary>Filters and paging for walking short links.</summary>
public sealed record ShortLinkListOptions : PagingOptions
{
    /// <summary>Only links of this type (Hero's text; its sample shows <c>booking</c>), when given.</summary>
    public string? Type { get; init; }

    /// <summary>Only links in this status (Hero's text; its sample shows <c>expired</c>), when given.</summary>
    public string? Status { get; init; }

    /// <summary>Leave out links made for one patient, when true.</summary>
    public bool? ExcludePatientSpecificLinks { get; init; }
}
