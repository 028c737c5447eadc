namespace HeroHealth.Client;

/// <summary>
/// One step of the SDK's request pipeline. Add your own with <see cref="HeroHealthClientOptions.AddPolicy"/> at a
/// <see cref="HeroPipelinePosition"/>: once per call (outside the SDK's retries) or once per attempt (inside them).
/// </summary>
/// <remarks>
/// The SDK's order is fixed: error translation → your per-call policies → retry and per-attempt timeout → your per-try
/// policies → telemetry → practice-group scope and API key → transport. Your policies never see the API key, and
/// whatever they do, a POST/PATCH that may have reached Hero is not transmitted again (a second transmission fails with
/// <see cref="HeroHealthResendRefusedException"/>).
/// </remarks>
public abstract class HeroPipelinePolicy
{
    /// <summary>Processes <paramref name="message"/>; call <see cref="ProcessNextAsync"/> to pass it on.</summary>
    /// <param name="message">The call: its request, operation, attempt and, once the next policy returns, response.</param>
    /// <param name="pipeline">The pipeline's policies.</param>
    /// <param name="currentIndex">This policy's index in <paramref name="pipeline"/>.</param>
    /// <returns>A task that completes when the message has been processed.</returns>
    public abstract ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex);

    /// <summary>Passes <paramref name="message"/> to the policy after <paramref name="currentIndex"/>.</summary>
    /// <param name="message">The call.</param>
    /// <param name="pipeline">The pipeline's policies.</param>
    /// <param name="currentIndex">The calling policy's index.</param>
    /// <returns>A task that completes when the rest of the pipeline has processed the message.</returns>
    protected static ValueTask ProcessNextAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline[currentIndex + 1].ProcessAsync(message, pipeline, currentIndex + 1);
    }
}
