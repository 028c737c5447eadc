using System.Globalization;

namespace HeroHealth.Client;

/// <summary>
/// The innermost SDK handler, directly above the primary handler: every transmission of a request passes it, whoever
/// re-sends the message. It refuses a second transmission of a POST/PATCH that may already have reached Hero, and
/// fails a call whose response came from another origin (a redirect followed below it) without returning the content.
/// </summary>
/// <remarks>
/// In the SDK's own chains and in DI registrations (placed last by <c>HeroHandlerChainFilter</c> after every other
/// configuration, so handlers you add sit above it) it is the last handler before the transport.
/// </remarks>
internal sealed class HeroTransmissionGuard : DelegatingHandler
{
    public HeroTransmissionGuard()
    {
    }

    public HeroTransmissionGuard(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HeroTransmission.TryGet(request, out var transmission);
        transmission?.BeginTransmission();
        var origin = request.RequestUri;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (transmission is not null)
        {
            if (TransportErrors.NeverConnected(ex))
            {
                transmission.MarkNotDelivered(ex.GetType().Name);
            }
            else
            {
                transmission.RecordOutcome(ex is OperationCanceledException ? "a timeout or cancellation" : ex.GetType().Name);
            }

            throw;
        }

        transmission?.RecordOutcome(FormattableString.Invariant($"HTTP {(int)response.StatusCode}"));
        HeroRedirects.ThrowIfFollowedElsewhere(origin, request.RequestUri, response, transmission?.Operation);
        return response;
    }
}
