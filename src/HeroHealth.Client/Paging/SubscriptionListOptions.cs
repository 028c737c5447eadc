namespace HeroHealth.Client;

/// <summary>Filters and paging for walking patient subscriptions.</summary>
public sealed record SubscriptionListOptions : PagingOptions
{
    /// <summary>Only this patient's subscriptions (Hero patient id, digits), when given.</summary>
    public string? PatientId { get; init; }

    /// <summary>Only subscriptions in this status (Hero's text, e.g. <c>cancelled</c>), when given.</summary>
    public string? Status { get; init; }

    /// <summary>Describes the options without the filter values (patient data never reaches logs through them).</summary>
    /// <returns>Paging values and which filters are set.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"SubscriptionListOptions {{ PageSize = {PageSize}, FirstPageIndex = {FirstPageIndex}, MaxItems = {MaxItems}, MaxPages = {MaxPages}, PatientId = {(PatientId is null ? "null" : "***")} }}");
}
