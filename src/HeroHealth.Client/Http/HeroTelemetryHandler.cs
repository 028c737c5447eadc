using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client;

/// <summary>
/// Per-attempt observability: one log event, one client span (OpenTelemetry HTTP attribute names) and one
/// duration measurement per attempt. Records the operation and path template, never the URL, query or body.
/// </summary>
internal sealed class HeroTelemetryHandler : DelegatingHandler
{
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="logger">Where attempts are logged; defaults to none.</param>
    public HeroTelemetryHandler(ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeroOperation.TryGet(request, out var op);
        var operationId = op?.OperationId ?? "unknown";
        var template = op?.PathTemplate ?? "unknown";
        var method = request.Method.Method;
        var attempt = HeroPipelineHandler.AttemptOf(request);
        // The span name is built only when a listener exists: most processes trace nothing.
        using var activity = HeroHealthDiagnostics.ActivitySource.HasListeners()
            ? HeroHealthDiagnostics.ActivitySource.StartActivity($"{method} {template}", ActivityKind.Client)
            : null;

        // Read the header only when someone listens: it allocates, and most calls are neither logged nor traced.
        var practiceGroup = activity is not null || _logger.IsEnabled(LogLevel.Debug) ? PracticeGroupOf(request) : null;
        if (activity is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("url.template", template);
            activity.SetTag("server.address", request.RequestUri?.Host);
            activity.SetTag("server.port", request.RequestUri?.Port);
            activity.SetTag("hero.operation_id", operationId);
            activity.SetTag("hero.practice_group_id", practiceGroup);
            if (attempt > 1)
            {
                activity.SetTag("http.request.resend_count", attempt - 1);
            }
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            activity?.SetTag("http.response.status_code", status);
            if (status >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                activity?.SetTag("error.type", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                HeroLog.RequestFailedStatus(_logger, operationId, method, template, attempt, practiceGroup ?? PracticeGroupOf(request), status, (long)elapsed.TotalMilliseconds);
            }
            else
            {
                HeroLog.RequestCompleted(_logger, operationId, method, template, attempt, practiceGroup ?? "", status, (long)elapsed.TotalMilliseconds);
            }

            Record(elapsed, operationId, method, status, status >= 400 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var errorType = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", ex.GetType().FullName);
            HeroLog.RequestError(_logger, operationId, method, template, attempt, practiceGroup ?? PracticeGroupOf(request), errorType, (long)elapsed.TotalMilliseconds);
            Record(elapsed, operationId, method, null, ex.GetType().FullName);
            throw;
        }
    }

    private static string PracticeGroupOf(HttpRequestMessage request)
    {
#if NETSTANDARD2_0
        if (request.Headers.TryGetValues(HeroRequestContext.PracticeGroupIdHeader, out var values))
#else
        if (request.Headers.NonValidated.TryGetValues(HeroRequestContext.PracticeGroupIdHeader, out var values))
#endif
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return "";
    }

    private static void Record(TimeSpan elapsed, string operationId, string method, int? status, string? errorType)
    {
        if (!HeroHealthDiagnostics.RequestDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "hero.operation_id", operationId },
            { "http.request.method", method },
        };
        if (status is { } s)
        {
            tags.Add("http.response.status_code", s);
        }

        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        HeroHealthDiagnostics.RequestDuration.Record(elapsed.TotalSeconds, tags);
    }
}
