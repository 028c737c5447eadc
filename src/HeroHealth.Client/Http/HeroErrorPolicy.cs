using System.Text;
using Polly;
using Polly.Timeout;

namespace HeroHealth.Client;

/// <summary>
/// The outermost policy: whatever ended the call becomes one of the SDK's exceptions, and a status other than 2xx
/// becomes the typed failure of that status. The one place where errors are translated.
/// </summary>
internal sealed class HeroErrorPolicy(TimeProvider timeProvider, TimeSpan timeout) : HeroPipelinePolicy
{
    /// <summary>Largest response body read into an exception (bytes); the rest is dropped.</summary>
    public const int MaxErrorBodyBytes = 1024 * 1024;

#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
#endif
    public override async ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        try
        {
            await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var translated = Stamp(Translate(exception, message), message);
            if (ReferenceEquals(translated, exception))
            {
                throw;
            }

            throw translated;
        }

        var response = message.Response ?? throw new InvalidOperationException($"The pipeline of {message.Operation} ended without a response.");
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            if (HeroResponse.Capturing)
            {
                HeroResponse.Record(await HeroResponse.FromAsync(response, message.CallerToken).ConfigureAwait(false));
            }

            return;
        }

        message.Response = null;
        using (response)
        {
            var failure = new HeroHealthFailure(
                status,
                message.Operation,
                await ReadBodyAsync(response, message.CallerToken).ConfigureAwait(false),
                HttpMessageParts.HeadersOf(response),
                RetryAfterOf(response, timeProvider))
            {
                // Hero (or a gateway in front of it) failed after receiving the request: it may have done the work.
                MayHaveBeenDelivered = status >= 500,
            };
            throw Stamp(HeroHealthApiException.FromFailure(failure), message);
        }
    }

    // The call's ids travel on every exception it ends with, for support tickets.
    private static Exception Stamp(Exception exception, HeroPipelineMessage message)
    {
        switch (exception)
        {
            case HeroHealthException hero:
                hero.ClientRequestId ??= message.ClientRequestId;
                hero.ServerRequestId ??= message.ServerRequestId; // read by the telemetry policy from each response
                break;
            case HeroHealthOperationCanceledException cancelled:
                cancelled.ClientRequestId ??= message.ClientRequestId;
                break;
        }

        return exception;
    }

    /// <summary>The server's Retry-After as a wait from now (never negative), if it sent one.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date - timeProvider.GetUtcNow());
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>
    /// The caller's own cancellation is a <see cref="HeroHealthOperationCanceledException"/> (an
    /// <see cref="OperationCanceledException"/> that says whether the request may have reached Hero); a timeout is a
    /// <see cref="HeroHealthTimeoutException"/>; network failures and rejections are a <see cref="HeroHealthTransportException"/>.
    /// </summary>
    private Exception Translate(Exception exception, HeroPipelineMessage message)
    {
        if (exception is HeroHealthException)
        {
            return exception;
        }

        var noResponse = HeroHealthFailure.WithoutBody(0, message.Operation, message.MayHaveReachedHero);
        if (exception is OperationCanceledException && message.CallerToken.IsCancellationRequested)
        {
            return exception as HeroHealthOperationCanceledException
                ?? new HeroHealthOperationCanceledException(message.Operation, message.MayHaveReachedHero, exception, message.CallerToken);
        }

        return exception switch
        {
            TimeoutRejectedException or OperationCanceledException => new HeroHealthTimeoutException(noResponse, timeout),
            HttpRequestException hre when HttpMessageParts.Find<HeroHealthApiException>(hre.InnerException) is { } typed => typed,
            HttpRequestException hre => new HeroHealthTransportException(noResponse, hre),
            // A circuit breaker, rate limiter or bulkhead in a policy or handler refused the call.
            ExecutionRejectedException or IOException => new HeroHealthTransportException(noResponse, exception),
            _ => exception,
        };
    }

    private static async Task<string?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

            // The body is usually buffered already, so its length is known: a 429 storm should not rent 1 MiB per error.
            var limit = stream.CanSeek ? (int)Math.Min(stream.Length - stream.Position, MaxErrorBodyBytes) : MaxErrorBodyBytes;
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(limit, 1));
            try
            {
                var read = await HttpMessageParts.ReadUpToAsync(stream, buffer, limit, cancellationToken).ConfigureAwait(false);
                return Encoding.UTF8.GetString(buffer, 0, read);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The connection dropped while reading an error body: the status is still the useful part.
            return null;
        }
    }
}
