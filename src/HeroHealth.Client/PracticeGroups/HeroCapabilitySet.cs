using System.Collections;

namespace HeroHealth.Client;

/// <summary>The capabilities enabled for a practice group: a set of Hero's names, known (<see cref="HeroCapability"/>) or new.</summary>
public sealed class HeroCapabilitySet :
#if NETSTANDARD2_0
    IReadOnlyCollection<string> // netstandard2.0 has no IReadOnlySet; the set methods are here all the same
#else
    IReadOnlySet<string>
#endif
{
    private readonly HashSet<string> _values;

    /// <summary>Creates the set.</summary>
    /// <param name="values">Capability names as Hero sent them.</param>
    public HeroCapabilitySet(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new HashSet<string>(values.Where(v => !string.IsNullOrWhiteSpace(v)), StringComparer.Ordinal);
    }

    /// <summary>Whether the practice can send SMS.</summary>
    public bool CanSendSms => _values.Contains(HeroCapability.SmsMessaging);

    /// <summary>Names this SDK version has no constant for (Hero adds capabilities over time).</summary>
    public IReadOnlyCollection<string> Unrecognized => _values.Where(v => v != HeroCapability.SmsMessaging).ToList();

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool Contains(string item) => _values.Contains(item);

    /// <inheritdoc />
    public bool IsProperSubsetOf(IEnumerable<string> other) => _values.IsProperSubsetOf(other);

    /// <inheritdoc />
    public bool IsProperSupersetOf(IEnumerable<string> other) => _values.IsProperSupersetOf(other);

    /// <inheritdoc />
    public bool IsSubsetOf(IEnumerable<string> other) => _values.IsSubsetOf(other);

    /// <inheritdoc />
    public bool IsSupersetOf(IEnumerable<string> other) => _values.IsSupersetOf(other);

    /// <inheritdoc />
    public bool Overlaps(IEnumerable<string> other) => _values.Overlaps(other);

    /// <inheritdoc />
    public bool SetEquals(IEnumerable<string> other) => _values.SetEquals(other);

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The names, comma-separated.</summary>
    /// <returns>For example <c>sms_messaging</c>.</returns>
    public override string ToString() => string.Join(", ", _values.Order(StringComparer.Ordinal));
}
