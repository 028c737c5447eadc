namespace HeroHealth.Client;

/// <summary>The resource (or the PDS/practice record) was not found (404).</summary>
public class HeroHealthNotFoundException : HeroHealthApiException
{
    /// <summary>Creates the exception from a failed call.</summary>
    /// <param name="failure">The failed call.</param>
    public HeroHealthNotFoundException(HeroHealthFailure failure)
        : base(Describe(failure, null), failure, null)
    {
    }
}
