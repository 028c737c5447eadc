using System.Globalization;
using System.Text;

namespace HeroHealth.Client;

/// <summary>
/// Builds the URL of a generated operation after the base address: literal path pieces, escaped path segments (validated first by
/// <see cref="PathSegments"/>), and query parameters in Hero's formats. A <see langword="null"/> query value is left
/// out; arrays repeat their key (<c>style: form, explode: true</c>, the only array style in the spec).
/// </summary>
internal struct HeroUrlBuilder
{
    private StringBuilder? _text;
    private bool _hasQuery;

    /// <summary>Starts with <paramref name="prefix"/> (the base address: one string for the whole URL, not two).</summary>
    public HeroUrlBuilder(string prefix)
    {
        _text = new StringBuilder(prefix, prefix.Length + 64);
    }

    private StringBuilder Text => _text ??= new StringBuilder(64);

    public void Literal(string piece) => Text.Append(piece);

    public void Segment(string value) => Text.Append(Uri.EscapeDataString(value));

    public void Query(string name, string? value)
    {
        if (value is not null)
        {
            Append(name, value);
        }
    }

    public void Query(string name, int? value)
    {
        if (value is { } v)
        {
            Append(name, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Query(string name, long? value)
    {
        if (value is { } v)
        {
            Append(name, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Query(string name, double? value)
    {
        if (value is { } v)
        {
            Append(name, v.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    public void Query(string name, bool? value)
    {
        if (value is { } v)
        {
            Append(name, v ? "true" : "false");
        }
    }

    public void Query(string name, DateOnly? value)
    {
        if (value is { } v)
        {
            Append(name, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public void Query(string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            Append(name, v.ToString("o", CultureInfo.InvariantCulture));
        }
    }

    public void Query<TEnum>(string name, TEnum? value)
        where TEnum : struct, IHeroEnum
    {
        if (value is { WireValue: { } text })
        {
            Append(name, text);
        }
    }

    public void Query(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Query(name, value);
            }
        }
    }

    public void Query<TEnum>(string name, IEnumerable<TEnum>? values)
        where TEnum : struct, IHeroEnum
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                if (value.WireValue is { } text)
                {
                    Append(name, text);
                }
            }
        }
    }

    /// <summary>
    /// Query parameters the description cannot name (<c>x-hero-incomplete-query</c>), in order; a name may repeat. A
    /// blank name is refused before anything is sent.
    /// </summary>
    public void Query(IEnumerable<KeyValuePair<string, string>>? parameters)
    {
        if (parameters is null)
        {
            return;
        }

        foreach (var (name, value) in parameters)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, "additionalQuery");
            Query(name, value);
        }
    }

    private void Append(string name, string value)
    {
        Text.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
    }

    public override readonly string ToString() => _text?.ToString() ?? string.Empty;
}
