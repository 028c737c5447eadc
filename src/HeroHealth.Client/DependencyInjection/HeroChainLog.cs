using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>Log events of the DI handler-chain filter.</summary>
internal static partial class HeroChainLog
{
    [LoggerMessage(EventId = 10, EventName = "HeroResilienceHandlerRemoved", Level = LogLevel.Information,
        Message = "HeroHealth.Client removed {HandlerType} wrapped around its pipeline: the SDK's own retry policy decides which Hero calls are safe to repeat (a POST must reach Hero at most once)")]
    public static partial void RemovedOuterResilienceHandler(ILogger logger, string handlerType);
}
