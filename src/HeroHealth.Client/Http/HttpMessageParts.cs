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

    /// <summary>
    /// Reads a body into one array of its exact size, never past <paramref name="limit"/> bytes: a body with a known
    /// length is read straight into its array; one without is read in pooled chunks and copied once, and reading stops
    /// one byte past the limit, so an endless or huge body costs at most the limit.
    /// </summary>
    /// <returns>
    /// The first <paramref name="limit"/> bytes at most (none when the body went on past them and
    /// <paramref name="keepPrefix"/> is false), and whether the body went on past them.
    /// </returns>
    public static async ValueTask<(byte[] Body, bool Truncated)> ReadBoundedAsync(Stream stream, long? length, int limit, bool keepPrefix, CancellationToken cancellationToken)
    {
        if (length is { } known and >= 0 && known <= limit)
        {
            var exact = new byte[known];
            var read = await ReadUpToAsync(stream, exact, exact.Length, cancellationToken).ConfigureAwait(false);
            return (read == exact.Length ? exact : exact.AsSpan(0, read).ToArray(), false);
        }

        const int ChunkSize = 64 * 1024;
        var chunks = new List<(byte[] Array, int Count)>();
        long total = 0;
        try
        {
            while (true)
            {
                var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
                var want = (int)Math.Min(chunk.Length, limit + 1L - total);
                var n = await ReadUpToAsync(stream, chunk, want, cancellationToken).ConfigureAwait(false);
                chunks.Add((chunk, n));
                total += n;
                if (total > limit || n < want)
                {
                    break;
                }
            }

            var truncated = total > limit;
            if (truncated && !keepPrefix)
            {
                return ([], true);
            }

            var body = new byte[Math.Min(total, limit)];
            var at = 0;
            foreach (var (array, count) in chunks)
            {
                var take = Math.Min(count, body.Length - at);
                Buffer.BlockCopy(array, 0, body, at, take);
                at += take;
            }

            return (body, truncated);
        }
        finally
        {
            foreach (var (array, _) in chunks)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(array);
            }
        }
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
