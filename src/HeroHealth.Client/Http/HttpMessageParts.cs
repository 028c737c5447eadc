namespace HeroHealth.Client;

/// <summary>Small pieces the pipeline, the transport adapter and protocol responses share.</summary>
internal static class HttpMessageParts
{
    /// <summary>Response and content headers in one case-insensitive dictionary.</summary>
    public static Dictionary<string, IEnumerable<string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value;
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = header.Value;
        }

        return headers;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes of <paramref name="stream"/> into <paramref name="buffer"/>; returns how many arrived.</summary>
    public static async ValueTask<int> ReadUpToAsync(Stream stream, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        var read = 0;
        int n;
        while (read < count && (n = await stream.ReadAsync(buffer.AsMemory(read, count - read), cancellationToken).ConfigureAwait(false)) > 0)
        {
            read += n;
        }

        return read;
    }

    /// <summary>The first exception of type <typeparamref name="T"/> in <paramref name="exception"/> or its inner chain.</summary>
    public static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
