using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HeroHealth.Client;

/// <summary>
/// Retries (Polly) and the per-attempt timeout (the SDK's own, pooled): idempotent calls on 408, 429, 500, 502, 503,
/// 504, timeouts and network errors; POST/PATCH only when the connection was never made (Hero cannot have seen them),
/// unless the caller opted in.
/// Hero's Retry-After wins over the computed backoff, and one longer than the configured limit is not waited for.
/// </summary>
internal sealed class HeroRetryPolicy : HeroPipelinePolicy
{
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>>? _retries;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _maxRetryAfter;
    private readonly TimeSpan _timeout;
    private readonly TimeoutSources _timeoutSources;

    public HeroRetryPolicy(HeroHealthClientOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _maxRetryAfter = options.Retry.MaxRetryAfter;
        _timeout = options.Timeout;
        _timeoutSources = new TimeoutSources(timeProvider);

        // Every attempt runs under a pooled timeout of the SDK's own (AttemptAsync), and the first one without Polly: most
        // calls succeed, and they should not pay for (or, in a fresh process, JIT-compile) a resilience pipeline. Only an
        // outcome worth retrying builds and enters Polly's retry, replayed as its first attempt so backoff, Retry-After
        // and attempt counts are Polly's.
        var retry = options.Retry;
        if (retry.Enabled && retry.MaxAttempts > 1)
        {
            _retries = new Lazy<ResiliencePipeline<HttpResponseMessage>>(() => new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = retry.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = retry.BaseDelay,
                    MaxDelay = retry.MaxDelay,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context.Properties.GetValue(PollyState.MessageKey, null!), args.Outcome, args.Context.CancellationToken)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } r ? HeroErrorPolicy.RetryAfterOf(r, _timeProvider) : null),
                    OnRetry = args =>
                    {
                        args.Outcome.Result?.Dispose();
                        var op = args.Context.Properties.GetValue(PollyState.MessageKey, null!).Operation;
                        HeroLog.Retrying(_logger, op.OperationId, op.Method, op.PathTemplate, args.AttemptNumber + 2, (long)args.RetryDelay.TotalMilliseconds);
                        return default;
                    },
                })
                .Build());
        }
    }

#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
#endif
    public override async ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await AttemptAsync(message, pipeline, currentIndex).ConfigureAwait(false);
            if (_retries is not null && ShouldRetry(message, outcome, message.CallerToken))
            {
                outcome = await RetryAsync(message, pipeline, currentIndex, new Replay(outcome)).ConfigureAwait(false);
            }
        }
        finally
        {
            message.CancellationToken = message.CallerToken;
        }

        if (outcome.Exception is { } exception)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }

        message.Response = outcome.Result;
    }

    /// <summary>One attempt under the per-attempt timeout (every attempt, first or retry: one timeout mechanism).</summary>
#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        var timeout = _timeoutSources.Rent(_timeout);
        var caller = message.CallerToken.CanBeCanceled
            ? message.CallerToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), timeout)
            : default;
        message.CancellationToken = timeout.Token;
        try
        {
            await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
            return Outcome.FromResult(message.Response!);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !message.CallerToken.IsCancellationRequested)
        {
            return Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException("The attempt did not complete within its timeout.", _timeout, ex));
        }
        catch (Exception ex)
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
        finally
        {
            caller.Dispose();
            _timeoutSources.Return(timeout);
        }
    }

    /// <summary>Polly's retry strategy over further attempts, the first attempt's outcome replayed as its own first.</summary>
    private async ValueTask<Outcome<HttpResponseMessage>> RetryAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex, Replay replay)
    {
        var context = ResilienceContextPool.Shared.Get(message.CallerToken);
        context.Properties.Set(PollyState.MessageKey, message);
        try
        {
            return await _retries!.Value.ExecuteOutcomeAsync(
                static async (_, state) =>
                {
                    var (policy, message, pipeline, index, replay) = state;
                    if (replay.Pending)
                    {
                        // The first attempt already ran: hand its outcome to the retry strategy instead of sending again.
                        replay.Pending = false;
                        return replay.Outcome;
                    }

                    message.Attempt++;
                    message.Response = null; // disposed by OnRetry
                    return await policy.AttemptAsync(message, pipeline, index).ConfigureAwait(false);
                },
                context,
                (this, message, pipeline, currentIndex, replay)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(HeroPipelineMessage message, Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        var repeatable = message.IsRepeatable;
        bool retry;
        if (outcome.Exception is { } ex)
        {
            retry = ex switch
            {
                _ when cancellationToken.IsCancellationRequested => false,
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

        if (!retry && !repeatable && !cancellationToken.IsCancellationRequested)
        {
            HeroLog.NotRetriedNonIdempotent(_logger, message.Operation.OperationId, message.Operation.Method, message.Operation.PathTemplate);
        }

        return retry;
    }

    private static bool IsRetriable(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>
    /// Cancellation sources that cancel themselves after the attempt timeout, reused (on .NET 8+ with the system clock)
    /// once reset, as Polly's timeout strategy does, so an attempt allocates none.
    /// </summary>
    private sealed class TimeoutSources(TimeProvider clock)
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<CancellationTokenSource> _free = new();

        public CancellationTokenSource Rent(TimeSpan timeout)
        {
            if (clock != TimeProvider.System)
            {
#if NETSTANDARD2_0
                return clock.CreateCancellationTokenSource(timeout);
#else
                return new CancellationTokenSource(timeout, clock);
#endif
            }

            var source = _free.TryDequeue(out var free) ? free : new CancellationTokenSource();
            source.CancelAfter(timeout);
            return source;
        }

        public void Return(CancellationTokenSource source)
        {
            if (clock == TimeProvider.System && _free.Count < 64 && TryReset(source))
            {
                _free.Enqueue(source);
                return;
            }

            source.Dispose();
        }

#if NETSTANDARD2_0
        private static bool TryReset(CancellationTokenSource source) => false;
#else
        private static bool TryReset(CancellationTokenSource source) => source.TryReset();
#endif
    }

    /// <summary>Polly's state, apart so that a client whose calls succeed never loads it (cold start).</summary>
    private static class PollyState
    {
        public static readonly ResiliencePropertyKey<HeroPipelineMessage> MessageKey = new("HeroHealth.Client.Message");
    }

    /// <summary>The first attempt's outcome, given to the retry strategy once as its own first attempt.</summary>
    private sealed class Replay(Outcome<HttpResponseMessage> outcome)
    {
        public Outcome<HttpResponseMessage> Outcome { get; } = outcome;

        public bool Pending { get; set; } = true;
    }
}
