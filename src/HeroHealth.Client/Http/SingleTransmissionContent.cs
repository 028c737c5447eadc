using System.Net;

namespace HeroHealth.Client;

/// <summary>
/// Wraps the body of a POST/PATCH sent through a caller's own <see cref="HttpClient"/>, where the SDK cannot place its
/// guard above the primary handler: the body can be written to the network once; a handler inside the caller's client
/// that sends the same message again gets <see cref="HeroHealthResendRefusedException"/> instead of a second delivery.
/// It never disposes the inner content: the SDK's request owns that, this wrapper only guards one copy of it.
/// </summary>
internal sealed class SingleTransmissionContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly HeroTransmission _transmission;
    private int _written;

    public SingleTransmissionContent(HttpContent inner, HeroTransmission transmission)
    {
        _inner = inner;
        _transmission = transmission;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

#if NETSTANDARD2_0
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        RefuseSecondWrite();
        return _inner.CopyToAsync(stream, context);
    }
#else
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        RefuseSecondWrite();
        return _inner.CopyToAsync(stream, context, cancellationToken);
    }
#endif

    private void RefuseSecondWrite()
    {
        if (Interlocked.Exchange(ref _written, 1) == 1)
        {
            throw new HeroHealthResendRefusedException(_transmission.Operation, "a transmission through your HttpClient");
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        if (_inner.Headers.ContentLength is { } known)
        {
            length = known;
            return true;
        }

        length = 0;
        return false;
    }
}
