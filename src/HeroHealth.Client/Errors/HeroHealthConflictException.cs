namespace HeroHealth.Client;

/// <summary>The request conflicts with the resource's current state (409).</summary>
public class HeroHealthConflictException : HeroHealthApiException
{
    /// <summary>Creates the exception from a failed call.</summary>
    /// <param name="failure">The failed call.</param>
    public HeroHealthConflictException(HeroHealthFailure failure)
        : base(Describe(failure, null), failure, null)
    {
    }
}
