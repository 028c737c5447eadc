namespace HeroHealth.Client;

/// <summary>Hero did not accept the credentials (401): a missing, wrong or rotated API key.</summary>
public class HeroHealthAuthenticationException : HeroHealthApiException
{
    /// <summary>Creates the exception from a failed call.</summary>
    /// <param name="failure">The failed call.</param>
    public HeroHealthAuthenticationException(HeroHealthFailure failure)
        : base(Describe(failure, "Check HeroHealthClientOptions.ApiKey; a rotated key stops working at once."), failure, null)
    {
    }
}
