namespace HeroHealth.Client;

/// <summary>Hero failed to handle the request (5xx). Idempotent calls were already retried.</summary>
public class HeroHealthServerException : HeroHealthApiException
{
    /// <summary>Creates the exception from a failed call.</summary>
    /// <param name="failure">The failed call.</param>
    public HeroHealthServerException(HeroHealthFailure failure)
        : base(Describe(failure, null), failure, null)
    {
    }
}
