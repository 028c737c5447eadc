namespace HeroHealth.Client;

/// <summary>
/// The API key is not allowed to do this (403). Hero scopes keys to functional areas (messaging, booking, booking
/// links); <see cref="FunctionalArea"/> names the one that was refused, so you know what to ask Hero for.
/// </summary>
/// <param name="failure">The failed call.</param>
public class HeroHealthPermissionException(HeroHealthFailure failure)
    : HeroHealthApiException(Describe(failure, Explain(failure)), failure, null)
{
    /// <summary>The functional area the key was refused for, e.g. <c>booking</c>; null if the operation is unknown.</summary>
    public string? FunctionalArea => Operation?.FunctionalArea;

    private static string Explain(HeroHealthFailure? failure) => failure?.Operation is { } op
        ? $"This API key is not allowed to use {op.FunctionalArea}; ask Hero support to enable {op.FunctionalArea} for the key, or check that practice group is in your network."
        : "This API key is not allowed to make this call, or the practice group is not in your network.";
}
