namespace HeroHealth.Client;

/// <summary>The resource (or the PDS/practice record) was not found (404).</summary>
/// <param name="failure">The failed call.</param>
public class HeroHealthNotFoundException(HeroHealthFailure failure)
    : HeroHealthApiException(Describe(failure, null), failure, null);
