namespace HeroHealth.Client.Testing;

/// <summary>Settings of a <see cref="FakeHero"/>.</summary>
public sealed class FakeHeroOptions
{
    /// <summary>The API key the fake accepts (default <see cref="FakeHero.DefaultApiKey"/>).</summary>
    public string ApiKey { get; set; } = FakeHero.DefaultApiKey;

    /// <summary>The practice groups of the key's network; the first is the key's own (default 1001, 1002, 1003).</summary>
    public IList<string> PracticeGroupIds { get; } = ["1001", "1002", "1003"];

    /// <summary>How long a reservation holds its slot (Hero's self-booking links hold 15 minutes).</summary>
    public TimeSpan ReservationHold { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Lifetime of minted access tokens (Hero documents 30 minutes).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The clock for reservations, tokens, webhook timestamps and injected latency.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where webhook deliveries are POSTed (e.g. a handler that reaches your local receiver). When null, deliveries are
    /// only recorded in <see cref="FakeHero.Deliveries"/>.
    /// </summary>
    public HttpMessageHandler? DeliveryTransport { get; set; }
}
