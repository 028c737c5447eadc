namespace HeroHealth.Client;

/// <summary>Where a policy added with <see cref="HeroHealthClientOptions.AddPolicy"/> runs.</summary>
public enum HeroPipelinePosition
{
    /// <summary>Once per call, outside the SDK's retries: sees the final response of the last attempt.</summary>
    PerCall,

    /// <summary>Once per attempt, inside the SDK's retries and per-attempt timeout.</summary>
    PerTry,
}
