namespace HeroHealth.Cli.Commands;

/// <summary>What <c>hero webhooks verify</c> was asked to check.</summary>
internal sealed record WebhookCheck(string SigningKey, string Timestamp, string Signature, string BodyFile, int? ToleranceSeconds, string? Now);
