using System.Net;

namespace HeroHealth.Client;

/// <summary>
/// Wraps the body of a POST/PATCH sent through a handler chain the SDK did not build (a caller's HttpClient or
/// configured transport), where a handler between the SDK and the network could send it again: the body can be written
/// to the network once; a second write fails with <see cref="HeroHealthResendRefusedException"/> instead of a second
/// delivery. It survives the owned pipeline because those handlers are outside the SDK's sight, by the caller's choice.
/// It never disposes the inner content: the SDK's request owns that, this wrapper only guards one copy of it.
/// </summary>
internal sealed class SingleTransmissionContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly HeroOperation _operation;
    private int _written;

    public SingleTransmissionContent(HttpContent inner, HeroOperation operation)
    {
        _inner = inner;
        _operation = operation;
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
            throw new HeroHealthResendRefusedException(_operation, "a transmission through a handler of yours");
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
