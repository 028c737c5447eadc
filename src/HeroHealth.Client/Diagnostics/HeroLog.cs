using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>
/// The SDK's log events. Fields are chosen so that no secret or patient data can appear: operation, method,
/// path template, status, duration, attempt, practice group id and the random request ids only.
/// </summary>
internal static partial class HeroLog
{
    [LoggerMessage(EventId = 1, EventName = "HeroRequestCompleted", Level = LogLevel.Debug,
        Message = "Hero {OperationId} {Method} {PathTemplate} attempt {Attempt} for practice group {PracticeGroupId}: HTTP {StatusCode} in {ElapsedMs} ms (request {ClientRequestId}, server request {ServerRequestId})")]
    public static partial void RequestCompleted(ILogger logger, string operationId, string method, string pathTemplate, int attempt, string practiceGroupId, int statusCode, long elapsedMs, string clientRequestId, string? serverRequestId);

    [LoggerMessage(EventId = 2, EventName = "HeroRequestFailedStatus", Level = LogLevel.Warning,
        Message = "Hero {OperationId} {Method} {PathTemplate} attempt {Attempt} for practice group {PracticeGroupId}: HTTP {StatusCode} in {ElapsedMs} ms (request {ClientRequestId}, server request {ServerRequestId})")]
    public static partial void RequestFailedStatus(ILogger logger, string operationId, string method, string pathTemplate, int attempt, string practiceGroupId, int statusCode, long elapsedMs, string clientRequestId, string? serverRequestId);

    [LoggerMessage(EventId = 3, EventName = "HeroRequestError", Level = LogLevel.Warning,
        Message = "Hero {OperationId} {Method} {PathTemplate} attempt {Attempt} for practice group {PracticeGroupId}: no response ({ErrorType}) after {ElapsedMs} ms (request {ClientRequestId})")]
    public static partial void RequestError(ILogger logger, string operationId, string method, string pathTemplate, int attempt, string practiceGroupId, string errorType, long elapsedMs, string clientRequestId);

    [LoggerMessage(EventId = 4, EventName = "HeroRequestRetry", Level = LogLevel.Information,
        Message = "Hero {OperationId} {Method} {PathTemplate}: retrying (attempt {NextAttempt}) in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operationId, string method, string pathTemplate, int nextAttempt, long delayMs);

    [LoggerMessage(EventId = 5, EventName = "HeroRequestNotRetried", Level = LogLevel.Information,
        Message = "Hero {OperationId} {Method} {PathTemplate}: not retried: the request may have reached Hero and the method is not idempotent")]
    public static partial void NotRetriedNonIdempotent(ILogger logger, string operationId, string method, string pathTemplate);
}
