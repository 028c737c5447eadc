namespace HeroHealth.Client;

/// <summary>The request conflicts with the resource's current state (409).</summary>
/// <param name="failure">The failed call.</param>
public class HeroHealthConflictException(HeroHealthFailure failure)
    : HeroHealthApiException(Describe(failure, null), failure, null);
