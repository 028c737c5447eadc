using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>Checks <see cref="HeroWebhookOptions"/> at start-up; messages name the option, never a key.</summary>
internal sealed class HeroWebhookOptionsValidator : IValidateOptions<HeroWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, HeroWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string P = nameof(HeroWebhookOptions) + ".";
        var failures = new List<string>();
        if (options.SigningKeys.Count == 0)
        {
            failures.Add(P + "SigningKeys needs at least one key (the signing_key you gave Hero when creating the webhook).");
        }
        else if (options.SigningKeys.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add(P + "SigningKeys contains an empty key.");
        }

        if (options.Tolerance <= TimeSpan.Zero || options.Tolerance > TimeSpan.FromHours(1))
        {
            failures.Add(P + "Tolerance must be greater than zero and at most one hour.");
        }

        if (options.MaxBodyBytes is < 1024 or > 10 * 1024 * 1024)
        {
            failures.Add(P + "MaxBodyBytes must be between 1 KiB and 10 MiB.");
        }

        if (options.Lease < TimeSpan.FromSeconds(1) || options.Lease > TimeSpan.FromHours(1))
        {
            failures.Add(P + "Lease must be between 1 second and 1 hour.");
        }

        if (options.Retention is { } retention && (retention < options.Tolerance || retention > TimeSpan.FromDays(90)))
        {
            failures.Add(P + "Retention must be at least Tolerance (an older copy would be handled again) and at most 90 days.");
        }

        if (options.HandlerTimeout < TimeSpan.FromMilliseconds(100) || options.HandlerTimeout > TimeSpan.FromDays(1))
        {
            failures.Add(P + "HandlerTimeout must be between 0.1 seconds and 1 day.");
        }

        if (!Enum.IsDefined(options.Deduplication))
        {
            failures.Add(P + "Deduplication must be Delivery or Event.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
