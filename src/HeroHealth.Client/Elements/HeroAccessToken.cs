namespace HeroHealth.Client;

/// <summary>A short-lived JWT for Hero Elements (pass it as the component's <c>jwt-token</c>). Server-side only.</summary>
/// <param name="Token">The JWT. A credential: never log it.</param>
/// <param name="ExpiresAt">When it stops working (its <c>exp</c> claim, else 30 minutes after issue as Hero documents).</param>
/// <param name="PracticeGroupId">The practice group it was minted for (the element's <c>tenant-id</c>).</param>
public sealed record HeroAccessToken(string Token, DateTimeOffset ExpiresAt, string PracticeGroupId)
{
    /// <summary>When the SDK asked for the token (used to bound the refresh margin).</summary>
    internal DateTimeOffset IssuedAtHint { get; init; }

    /// <summary>Describes the token without its value.</summary>
    /// <returns>For example <c>HeroAccessToken(PracticeGroupId=123, ExpiresAt=…, Token=***)</c>.</returns>
    public override string ToString() => $"HeroAccessToken(PracticeGroupId={PracticeGroupId}, ExpiresAt={ExpiresAt:u}, Token=***)";
}
