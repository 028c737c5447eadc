using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>
/// Per-attempt observability: one log event, one client span (OpenTelemetry HTTP attribute names) and one
/// duration measurement per attempt. Records the operation and path template, never the URL, query or body.
/// </summary>
internal sealed class HeroTelemetryPolicy(ILogger logger) : HeroPipelinePolicy
{
    private readonly ILogger _logger = logger;

#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
#endif
    public override async ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        var op = message.Operation;
        var operationId = op.OperationId;
        var template = op.PathTemplate;
        var method = op.Method;
        var attempt = message.Attempt;
        var request = message.Request;
        // The span name is built only when a listener exists: most processes trace nothing.
        using var activity = HeroHealthDiagnostics.ActivitySource.HasListeners()
            ? HeroHealthDiagnostics.ActivitySource.StartActivity($"{method} {template}", ActivityKind.Client)
            : null;

        var practiceGroup = message.Context.PracticeGroupId;
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
            await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
            var response = message.Response!;
            var status = (int)response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            var serverRequestId = message.ServerRequestId = RequestIds.Of(response);
            activity?.SetTag("http.response.status_code", status);
            activity?.SetTag("hero.client_request_id", message.ClientRequestId);
            activity?.SetTag("hero.server_request_id", serverRequestId);
            if (status >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                activity?.SetTag("error.type", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                HeroLog.RequestFailedStatus(_logger, operationId, method, template, attempt, practiceGroup, status, (long)elapsed.TotalMilliseconds, message.ClientRequestId, serverRequestId);
            }
            else
            {
                HeroLog.RequestCompleted(_logger, operationId, method, template, attempt, practiceGroup, status, (long)elapsed.TotalMilliseconds, message.ClientRequestId, serverRequestId);
            }

            Record(elapsed, operationId, method, status, status >= 400 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var errorType = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", ex.GetType().FullName);
            activity?.SetTag("hero.client_request_id", message.ClientRequestId);
            HeroLog.RequestError(_logger, operationId, method, template, attempt, practiceGroup, errorType, (long)elapsed.TotalMilliseconds, message.ClientRequestId);
            Record(elapsed, operationId, method, null, ex.GetType().FullName);
            throw;
        }
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
