using System.Globalization;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>Checks <see cref="HeroHealthClientOptions"/>; each failure names the option and never echoes the key.</summary>
public sealed class HeroHealthClientOptionsValidator : IValidateOptions<HeroHealthClientOptions>
{
    /// <summary>Shared instance.</summary>
    public static readonly HeroHealthClientOptionsValidator Instance = new();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HeroHealthClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when <paramref name="options"/> are invalid.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="name">The options name, for the message.</param>
    public static void ThrowIfInvalid(HeroHealthClientOptions options, string? name = null)
    {
        var result = Instance.Validate(name, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(name ?? Options.DefaultName, typeof(HeroHealthClientOptions), result.Failures);
        }
    }

    private static IEnumerable<string> Failures(HeroHealthClientOptions o)
    {
        const string P = nameof(HeroHealthClientOptions) + ".";
        if (string.IsNullOrWhiteSpace(o.ApiKey))
        {
            yield return P + nameof(o.ApiKey) + " is required (the x-api-key Hero issued to your partner account).";
        }
        else if (o.ApiKey.Any(char.IsControl) || o.ApiKey.Trim().Length != o.ApiKey.Length)
        {
            yield return P + nameof(o.ApiKey) + " has leading/trailing white space or control characters (value not shown).";
        }
        else if (!HeaderText.IsPrintableAscii(o.ApiKey))
        {
            // An HTTP header carries ASCII only: every call would fail later as a misleading network error.
            yield return P + nameof(o.ApiKey) + " contains characters outside printable ASCII; it was probably pasted with a typographic character (value not shown).";
        }

        if (HeroIds.Problem(o.PracticeGroupId) is { } problem)
        {
            yield return P + nameof(o.PracticeGroupId) + " " + problem + " (it is sent as x-practice-group-id).";
        }

        if (!Enum.IsDefined(o.Environment))
        {
            yield return P + nameof(o.Environment) + " must be Mock, Staging or Production.";
        }

        if (o.BaseAddress is { } address)
        {
            if (!address.IsAbsoluteUri)
            {
                yield return P + nameof(o.BaseAddress) + " must be an absolute URI.";
            }
            else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
            {
                yield return P + nameof(o.BaseAddress) + " must use https (http is allowed only for loopback addresses such as a local fake).";
            }
        }

        if (o.Timeout < MinTimeout || o.Timeout > TimeSpan.FromMinutes(10))
        {
            yield return P + nameof(o.Timeout) + " must be at least 10 ms and at most 10 minutes.";
        }

        if (o.Retry is null)
        {
            yield return P + nameof(o.Retry) + " is required.";
            yield break;
        }

        if (o.Retry.MaxAttempts is < 1 or > 10)
        {
            yield return FormattableString.Invariant($"{P}Retry.MaxAttempts must be between 1 and 10 (was {o.Retry.MaxAttempts}).");
        }

        if (o.Retry.BaseDelay < TimeSpan.Zero || o.Retry.MaxDelay < o.Retry.BaseDelay || o.Retry.MaxRetryAfter < TimeSpan.Zero)
        {
            yield return P + "Retry delays must be non-negative, with MaxDelay >= BaseDelay.";
        }

        foreach (var (option, delay) in new[] { ("BaseDelay", o.Retry.BaseDelay), ("MaxDelay", o.Retry.MaxDelay), ("MaxRetryAfter", o.Retry.MaxRetryAfter) })
        {
            if (delay > MaxDelay)
            {
                yield return $"{P}Retry.{option} must be at most one day.";
            }
        }

        if (o.ApplicationId is { } app && (app.Length > 64 || !HeaderText.IsPrintableAscii(app) || app.Any(c => c is '(' or ')')))
        {
            // It goes into the User-Agent header, which carries ASCII only.
            yield return P + nameof(o.ApplicationId) + " must be at most 64 printable ASCII characters without parentheses (e.g. \"ClinicLeeds\", not \"Clinic – Leeds\").";
        }
    }

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);
}
