using HeroHealth.Client;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>Commands that need no API: NHS number check and webhook signature verification.</summary>
internal static class OfflineCommands
{
    /// <summary><c>hero nhs-number check N</c>: exit 0 valid, 1 invalid (and why).</summary>
    public static int CheckNhsNumber(CliOutput output, string text)
    {
        if (NhsNumber.TryParse(text, out var number, out var error))
        {
            output.Line($"{output.Good("valid")} NHS number ({number.Redacted}); Hero format: {number.Formatted}");
            output.Result(new JObject { ["valid"] = true, ["formatted"] = number.Formatted });
            return 0;
        }

        output.Line($"invalid: {error}");
        output.Result(new JObject { ["valid"] = false, ["reason"] = error });
        return 1;
    }

    /// <summary><c>hero webhooks verify …</c>: exit 0 valid, 1 invalid, with the verdict.</summary>
    public static int VerifyWebhook(CliOutput output, WebhookCheck check)
    {
        var (key, timestamp, signature, file, seconds, now) = check;
        var tolerance = seconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        byte[] body;
        try
        {
            body = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read --body-file {file}: {ex.GetType().Name}.");
        }

        TimeProvider clock = TimeProvider.System;
        if (now is not null)
        {
            if (!HeroWebhookVerifier.TryParseTimestamp(now.Trim(), out var at))
            {
                throw new CliException("--now must be Unix seconds, Unix milliseconds or ISO 8601.");
            }

            clock = new FixedClock(at);
        }

        var verdict = new HeroWebhookVerifier(key, tolerance, clock).Verify(timestamp, signature, body);
        output.Line($"{(verdict.IsValid ? output.Good(verdict.Status.ToString()) : verdict.Status.ToString())}: {verdict.Reason}");
        output.Result(new JObject
        {
            ["status"] = verdict.Status.ToString(),
            ["valid"] = verdict.IsValid,
            ["reason"] = verdict.Reason,
            ["timestamp"] = verdict.Timestamp?.ToString("o", CultureInfo.InvariantCulture),
        });
        return verdict.IsValid ? 0 : 1;
    }
}
