using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HeroHealth.Client;

/// <summary>
/// Retries and the per-attempt timeout (Polly): idempotent calls on 408, 429, 500, 502, 503, 504, timeouts and network
/// errors; POST/PATCH only when the connection was never made (Hero cannot have seen them), unless the caller opted in.
/// Hero's Retry-After wins over the computed backoff, and one longer than the configured limit is not waited for.
/// </summary>
internal sealed class HeroRetryPolicy : HeroPipelinePolicy
{
    private static readonly ResiliencePropertyKey<HeroPipelineMessage> MessageKey = new("HeroHealth.Client.Message");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _maxRetryAfter;

    public HeroRetryPolicy(HeroHealthClientOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _maxRetryAfter = options.Retry.MaxRetryAfter;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        var retry = options.Retry;
        if (retry.Enabled && retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } r ? HeroErrorPolicy.RetryAfterOf(r, _timeProvider) : null),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    var op = args.Context.Properties.GetValue(MessageKey, null!).Operation;
                    HeroLog.Retrying(_logger, op.OperationId, op.Method, op.PathTemplate, args.AttemptNumber + 2, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout });
        _pipeline = builder.Build();
    }

    public override async ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        var context = ResilienceContextPool.Shared.Get(message.CallerToken);
        context.Properties.Set(MessageKey, message);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    var (message, pipeline, index) = state;
                    if (message.AttemptStarted)
                    {
                        message.Attempt++;
                        message.Response = null; // disposed by OnRetry
                    }

                    message.AttemptStarted = true;
                    message.CancellationToken = ctx.CancellationToken;
                    try
                    {
                        await ProcessNextAsync(message, pipeline, index).ConfigureAwait(false);
                        return Outcome.FromResult(message.Response!);
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (message, pipeline, currentIndex)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            message.CancellationToken = message.CallerToken;
        }

        if (outcome.Exception is { } exception)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }

        message.Response = outcome.Result;
    }

    private bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        var message = context.Properties.GetValue(MessageKey, null!);
        var repeatable = message.IsRepeatable;
        bool retry;
        if (outcome.Exception is { } ex)
        {
            retry = ex switch
            {
                _ when context.CancellationToken.IsCancellationRequested => false,
                // Never connected: Hero cannot have seen the request, so even a POST is safe to repeat.
                HttpRequestException hre when TransportErrors.NeverConnected(hre) => true,
                HttpRequestException => repeatable,
                TimeoutRejectedException => repeatable,
                _ => false,
            };
        }
        else if (outcome.Result is { } response && IsRetriable((int)response.StatusCode))
        {
            retry = repeatable && (HeroErrorPolicy.RetryAfterOf(response, _timeProvider) is not { } wait || wait <= _maxRetryAfter);
        }
        else
        {
            return false;
        }

        if (!retry && !repeatable && !context.CancellationToken.IsCancellationRequested)
        {
            HeroLog.NotRetriedNonIdempotent(_logger, message.Operation.OperationId, message.Operation.Method, message.Operation.PathTemplate);
        }

        return retry;
    }

    private static bool IsRetriable(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;
}
