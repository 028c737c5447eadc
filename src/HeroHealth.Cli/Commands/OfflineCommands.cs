using HeroHealth.Client;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>Commands that need no API: NHS number check and webhook signature verification.</summary>
internal static class OfflineCommands
{
    /// <summary><c>hero nhs-number check N</c>: exit 0 valid, 1 invalid (and why).</summary>
    public static int CheckNhsNumber(CliArguments args, CliOutput output)
    {
        var text = args.Words.Count > 2 ? string.Join(' ', args.Words.Skip(2)) : throw new CliException("Usage: hero nhs-number check <number>");
        args.RejectUnknown();
        if (NhsNumber.TryParse(text, out var number, out var error))
        {
            output.Line($"valid NHS number ({number.Redacted}); Hero format: {number.Formatted}");
            output.Result(new JObject { ["valid"] = true, ["formatted"] = number.Formatted });
            return 0;
        }

        output.Line($"invalid: {error}");
        output.Result(new JObject { ["valid"] = false, ["reason"] = error });
        return 1;
    }

    /// <summary><c>hero webhooks verify …</c>: exit 0 valid, 1 invalid, with the verdict.</summary>
    public static int VerifyWebhook(CliArguments args, CliOutput output)
    {
        var key = args.Require("signing-key", "the webhook's signing key");
        var timestamp = args.Require("timestamp", "the X-Herohealth-Timestamp header value");
        var signature = args.Require("signature", "the X-Herohealth-Signature header value");
        var file = args.Require("body-file", "a file holding the raw request body");
        var tolerance = args.GetInt("tolerance-seconds") is { } seconds
            ? (seconds >= 0 ? TimeSpan.FromSeconds(seconds) : throw new CliException("--tolerance-seconds must not be negative."))
            : (TimeSpan?)null;
        var now = args.Get("now");
        args.RejectUnknown();

        byte[] body;
        try
        {
            body = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read --body-file: {ex.Message}");
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
        output.Line($"{verdict.Status}: {verdict.Reason}");
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
