namespace HeroHealth.Client;

/// <summary>Hero failed to handle the request (5xx). Idempotent calls were already retried.</summary>
/// <param name="failure">The failed call.</param>
public class HeroHealthServerException(HeroHealthFailure failure)
    : HeroHealthApiException(Describe(failure, null), failure, null);
