namespace HeroHealth.Client;

/// <summary>Hero did not accept the credentials (401): a missing, wrong or rotated API key.</summary>
/// <param name="failure">The failed call.</param>
public class HeroHealthAuthenticationException(HeroHealthFailure failure)
    : HeroHealthApiException(Describe(failure, "Check HeroHealthClientOptions.ApiKey; a rotated key stops working at once."), failure, null);
