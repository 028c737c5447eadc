using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HeroHealth.Client;

/// <summary>
/// The outer handler of every HeroHealth.Client pipeline: sets the User-Agent, runs each request through the
/// retry and per-attempt timeout strategy (Polly), and turns the final failure into a typed
/// <see cref="HeroHealthApiException"/> before the generated code sees it.
/// </summary>
/// <remarks>
/// Idempotent methods are retried on 408, 429, 500, 502, 503, 504, timeouts and network errors. POST and PATCH are
/// retried only when the connection was never established (Hero cannot have seen them), unless the caller opted in
/// (<see cref="HeroRequestContext.WithNonIdempotentRetries"/>): a message must never be sent twice by accident.
/// </remarks>
internal sealed class HeroPipelineHandler : DelegatingHandler
{
    /// <summary>Largest response body read into an exception (bytes); the rest is dropped.</summary>
    public const int MaxErrorBodyBytes = 1024 * 1024;

    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("HeroHealth.Client.Request");
    private const string AttemptKey = "HeroHealth.Client.Attempt";
    private static readonly HashSet<int> RetriableStatuses = [408, 429, 500, 502, 503, 504];

    private readonly HeroHealthClientOptions _options;
    private readonly ILogger _logger;
    private readonly HeroSpecDrift? _drift;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly string _userAgent;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">Validated client options (copied).</param>
    /// <param name="logger">Where retry decisions are logged; defaults to none.</param>
    /// <param name="timeProvider">Clock for delays and timeouts; defaults to the system clock.</param>
    public HeroPipelineHandler(HeroHealthClientOptions options, ILogger? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        HeroHealthClientOptionsValidator.ThrowIfInvalid(options);
        _options = options.Clone();
        _logger = logger ?? NullLogger.Instance;
        _drift = _options.ReportSpecDrift ? new HeroSpecDrift(_logger) : null;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _userAgent = string.IsNullOrWhiteSpace(_options.ApplicationId)
            ? $"HeroHealth.Client/{HeroHealthDiagnostics.Version}"
            : $"HeroHealth.Client/{HeroHealthDiagnostics.Version} ({_options.ApplicationId})";
        _pipeline = BuildPipeline();
    }

    /// <summary>The attempt number (1 for the first) of a request inside the pipeline.</summary>
    /// <param name="request">A request.</param>
    /// <returns>The attempt number, 1 if unknown.</returns>
    public static int AttemptOf(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RequestProperties.TryGet(request, AttemptKey, out int attempt) ? attempt : 1;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        HeroOperation.TryGet(request, out var operation);
        if (HeroTransmission.TryGet(request, out var transmission))
        {
            // The same message is entering the pipeline again: a handler wrapped around the SDK re-sent it.
            transmission.ThrowIfRepeatRefused();
        }
        else
        {
            var repeatable = (operation?.IsIdempotent ?? IsIdempotent(request.Method)) || HeroRequestContext.AllowsRetryOfNonIdempotent(request);
            transmission = HeroTransmission.Attach(request, repeatable, operation);
            transmission.Drift = _drift; // on the per-request state the pipeline keeps anyway: no allocation of its own
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    var req = ctx.Properties.GetValue(RequestKey, null!);
                    // The first attempt records nothing (AttemptOf defaults to 1): one boxed int less per call.
                    if (state.Started)
                    {
                        RequestProperties.Set(req, AttemptKey, AttemptOf(req) + 1);
                    }

                    state.Started = true;
                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendInnerAsync(req, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                new CallState(this)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            throw Translate(exception, request, transmission, cancellationToken);
        }

        var response = outcome.Result!;
        if ((int)response.StatusCode is >= 200 and < 300)
        {
            if (HeroResponse.Capturing)
            {
                HeroResponse.Record(await HeroResponse.FromAsync(response, cancellationToken).ConfigureAwait(false));
            }

            return response;
        }

        using (response)
        {
            var failure = new HeroHealthFailure(
                (int)response.StatusCode,
                operation,
                await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false),
                HttpMessageParts.HeadersOf(response),
                RetryAfterOf(response))
            {
                // Hero (or a gateway in front of it) failed after receiving the request: it may have done the work.
                MayHaveBeenDelivered = (int)response.StatusCode >= 500,
            };
            throw HeroHealthApiException.FromFailure(failure);
        }
    }

    /// <summary>Largest response body buffered (bytes); a larger one fails the attempt as a transport error.</summary>
    public const long MaxResponseBytes = 128L * 1024 * 1024;

    private async Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            // Buffer the body asynchronously inside the attempt: the generated code reads it with Newtonsoft's
            // synchronous reader, which on a network stream would block a thread-pool thread per call (measured: 3.6x
            // slower at 64 concurrent callers), and the per-attempt timeout then covers the whole body too.
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(MaxResponseBytes, cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync(MaxResponseBytes).WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
            if (response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset && !IsUtf8(charset))
            {
                response.Content = await TranscodedToUtf8Async(response.Content, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsUtf8(string charset) =>
        charset.Trim('"', ' ') is var name && (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The generated readers decode bodies as UTF-8; a body declared in another charset (e.g. <c>iso-8859-1</c>) is
    /// re-encoded so "Zoë" stays "Zoë". An unknown charset is left as it is (read as UTF-8).
    /// </summary>
    private static async Task<HttpContent> TranscodedToUtf8Async(HttpContent content, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return content;
        }

        var utf8 = new StringContent(text, Encoding.UTF8, content.Headers.ContentType!.MediaType ?? "application/json");
        foreach (var header in content.Headers)
        {
            if (!header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && !header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                utf8.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        content.Dispose();
        return utf8;
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider };
        var retry = _options.Retry;
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
                // Hero's Retry-After wins over the computed backoff (ShouldRetry already refused a too-long one).
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } r ? RetryAfterOf(r) : null),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    if (HeroOperation.TryGet(request, out var op) && op is not null)
                    {
                        HeroLog.Retrying(_logger, op.OperationId, op.Method, op.PathTemplate, args.AttemptNumber + 2, (long)args.RetryDelay.TotalMilliseconds);
                    }

                    return default;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = _options.Timeout });
        return builder.Build();
    }

    private bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        var request = context.Properties.GetValue(RequestKey, null!);
        HeroOperation.TryGet(request, out var op);
        var idempotent = HeroTransmission.TryGet(request, out var transmission) && transmission.Repeatable;
        bool retry;
        if (outcome.Exception is { } ex)
        {
            retry = ex switch
            {
                _ when context.CancellationToken.IsCancellationRequested => false,
                // Never connected: Hero cannot have seen the request, so even a POST is safe to repeat.
                HttpRequestException hre when TransportErrors.NeverConnected(hre) => true,
                HttpRequestException => idempotent,
                TimeoutRejectedException => idempotent,
                _ => false,
            };
        }
        else if (outcome.Result is { } response && RetriableStatuses.Contains((int)response.StatusCode))
        {
            retry = idempotent && (RetryAfterOf(response) is not { } wait || wait <= _options.Retry.MaxRetryAfter);
        }
        else
        {
            return false;
        }

        if (!retry && !idempotent && op is not null && !context.CancellationToken.IsCancellationRequested)
        {
            HeroLog.NotRetriedNonIdempotent(_logger, op.OperationId, op.Method, op.PathTemplate);
        }

        return retry;
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>
    /// Turns whatever ended the call into the SDK's exception family: the caller's own cancellation stays an
    /// <see cref="OperationCanceledException"/> (a <see cref="HeroHealthOperationCanceledException"/> once a POST/PATCH
    /// may have reached Hero); a timeout from anywhere — ours, a handler below us, or one wrapped around the SDK that
    /// cancelled our token — is a <see cref="HeroHealthTimeoutException"/>; network and handler rejections (Polly's
    /// included) are a <see cref="HeroHealthTransportException"/>.
    /// </summary>
    private Exception Translate(Exception exception, HttpRequestMessage request, HeroTransmission transmission, CancellationToken cancellationToken)
    {
        var operation = transmission.Operation;
        var noResponse = new HeroHealthFailure(0, operation, null, new Dictionary<string, IEnumerable<string>>(), null)
        {
            MayHaveBeenDelivered = transmission.MayHaveReachedHero,
        };
        if (exception is HeroHealthApiException)
        {
            return exception;
        }

        if (exception is OperationCanceledException && CallerCancellation.CallerCancelled(request, cancellationToken))
        {
            return transmission is { Repeatable: false, MayHaveReachedHero: true }
                ? new HeroHealthOperationCanceledException(operation, exception, CallerCancellation.TokenOf(request, cancellationToken))
                : exception;
        }

        return exception switch
        {
            TimeoutRejectedException or OperationCanceledException => new HeroHealthTimeoutException(noResponse, _options.Timeout),
            HttpRequestException hre when HttpMessageParts.Find<HeroHealthApiException>(hre.InnerException) is { } typed => typed,
            HttpRequestException hre => new HeroHealthTransportException(noResponse, hre),
            // A circuit breaker, rate limiter or bulkhead in a handler below the SDK refused the call.
            ExecutionRejectedException or IOException => new HeroHealthTransportException(noResponse, exception),
            _ => exception,
        };
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static async Task<string?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[MaxErrorBodyBytes];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += n;
            }

            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (HttpRequestException)
        {
            // The connection dropped while reading an error body: the status is still the useful part.
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private sealed class CallState(HeroPipelineHandler handler)
    {
        public HeroPipelineHandler Handler { get; } = handler;

        public bool Started { get; set; }
    }
}
