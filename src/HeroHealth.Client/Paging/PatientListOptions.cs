namespace HeroHealth.Client;

/// <summary>Filters and paging for walking patients (<c>GET /v3/patients</c>).</summary>
public sealed record PatientListOptions : PagingOptions
{
    /// <summary>Only patients with this first name, when given.</summary>
    public string? FirstName { get; init; }

    /// <summary>Only patients with this last name, when given.</summary>
    public string? LastName { get; init; }

    /// <summary>Only patients born on this day (sent as yyyy-MM-dd), when given.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Describes the options without the filter values (patient data never reaches logs through them).</summary>
    /// <returns>Paging values and which filters are set.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"PatientListOptions {{ PageSize = {PageSize}, FirstPageIndex = {FirstPageIndex}, MaxItems = {MaxItems}, MaxPages = {MaxPages}, FirstName = {(FirstName is null ? "null" : "***")}, LastName = {(LastName is null ? "null" : "***")}, DateOfBirth = {(DateOfBirth is null ? "null" : "***")} }}");
}
