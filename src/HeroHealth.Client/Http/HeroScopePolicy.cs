namespace HeroHealth.Client;

/// <summary>
/// Stamps <c>x-api-key</c> and <c>x-practice-group-id</c> on each attempt, after every policy of yours (so none of them
/// sees the key) and with the key as it is now (a rotated key is used from the next attempt on), and the call's
/// <c>x-request-id</c> (one a policy of yours set is kept and becomes the call's id).
/// </summary>
internal sealed class HeroScopePolicy : HeroPipelinePolicy
{
    public static readonly HeroScopePolicy Instance = new();

    public override ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        message.Context.Apply(message.Request);
        var headers = message.Request.Headers;
        if (headers.TryGetValues(RequestIds.Header, out var given) && given.FirstOrDefault() is { Length: > 0 } id)
        {
            message.ClientRequestId = id;
        }
        else
        {
            headers.TryAddWithoutValidation(RequestIds.Header, message.ClientRequestId);
        }

        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
