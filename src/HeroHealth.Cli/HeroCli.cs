using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using HeroHealth.Cli.Commands;
using HeroHealth.Client;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli;

/// <summary>
/// The <c>hero</c> command: System.CommandLine parses the arguments (help per command, typo suggestions, completions,
/// <c>--version</c>); this class maps every failure to one message and an exit code, as JSON on stderr under <c>--json</c>.
/// </summary>
public static class HeroCli
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a failed check or API call.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a usage mistake.</summary>
    public const int Usage = 2;

    /// <summary>Exit code when the command was cancelled (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The tool's version (from the git tag it was built from; the SDK it carries is built from the same one).</summary>
    public static string Version => HeroHealthDiagnostics.Version;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go (one line each).</param>
    /// <param name="environment">Reads environment variables (HERO_API_KEY, HERO_PRACTICE_GROUP_ID, NO_COLOR).</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        return RunAsync(args, new CliConsole(stdout, stderr, environment), cancellationToken);
    }

    internal static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        console.Sent = SentValues.From(args, console.Environment);
        var tree = CliCommands.Build(console, args);
        var parse = tree.Root.Parse(args);
        var json = args.Contains("--json", StringComparer.Ordinal);
        if (parse.Action is ParseErrorAction)
        {
            return UsageError(console, json, parse);
        }

        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            return Error(console, json, ex.ExitCode, ex.ExitCode == Usage ? "usage" : "failed", ex.Message);
        }
        catch (OptionsValidationException ex)
        {
            return Error(console, json, Usage, "usage", string.Join(" ", ex.Failures));
        }
        catch (ArgumentException ex)
        {
            // The SDK's early checks (bad ids, contacts, dates): the user's input, not a crash. The SDK's messages name
            // the parameter in words; .NET's "(Parameter 'x')" suffix would only repeat it.
            var message = ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
            return Error(console, json, Usage, "usage", message);
        }
        catch (HeroHealthApiException ex)
        {
            // Hero's own words (redacted): a 400 names the field and rule that failed, which the message cannot.
            var body = ErrorBody.Redact(ex.ResponseBody);
            var message = body is null ? ex.Message : ex.Message + " Hero said: " + body.ToString(Formatting.None);
            if (ex.MayHaveBeenDelivered)
            {
                message += " " + CheckBeforeResending(ex.OperationId);
            }

            if (ex.ClientRequestId is { } requestId)
            {
                message += $" (request id {requestId}{(ex.ServerRequestId is { } server ? ", Hero's " + server : "")})";
            }

            return Error(console, json, Failed, "api", message, new JObject
            {
                ["status"] = ex.StatusCode,
                ["operation"] = ex.OperationId,
                ["may_have_been_delivered"] = ex.MayHaveBeenDelivered,
                ["client_request_id"] = ex.ClientRequestId,
                ["server_request_id"] = ex.ServerRequestId,
                ["response_body"] = body,
            });
        }
        catch (HeroHealthOperationCanceledException ex)
        {
            // Cancelled after the request left: "cancelled" alone would read as "nothing happened".
            var message = ex.MayHaveBeenDelivered
                ? $"cancelled after the request may have reached Hero: {ex.OperationId ?? "the call"} may have been carried out. {CheckBeforeResending(ex.OperationId)}"
                : $"cancelled before the request was sent: Hero did not receive {ex.OperationId ?? "the call"}.";
            return Error(console, json, Cancelled, "cancelled", message, new JObject
            {
                ["operation"] = ex.OperationId,
                ["may_have_been_delivered"] = ex.MayHaveBeenDelivered,
            });
        }
        catch (HeroHealthException ex)
        {
            // A 2xx of the wrong shape or a list that could not be read whole: no status, the SDK's message says why.
            var message = ex.MayHaveBeenDelivered ? ex.Message + " " + CheckBeforeResending(ex.OperationId) : ex.Message;
            return Error(console, json, Failed, "api", message, new JObject
            {
                ["operation"] = ex.OperationId,
                ["may_have_been_delivered"] = ex.MayHaveBeenDelivered,
            });
        }
        catch (OperationCanceledException)
        {
            return Error(console, json, Cancelled, "cancelled", "cancelled", new JObject { ["may_have_been_delivered"] = false });
        }
    }

    /// <summary>How to find out whether Hero did the work, for an operation that may have reached it.</summary>
    private static string CheckBeforeResending(string? operationId) => operationId switch
    {
        "sendMessage" or "sendBatchMessage" =>
            "Check before sending again: the practice's Hero inbox shows what went out (or 'hero request GET v1/messages/{id}' with the id, if you have it).",
        "createAppointment" or "editAppointment" or "cancelAppointment" =>
            "Check before repeating it: 'hero appointments get ID' shows the appointment's state.",
        "createWebhook" => "Check before repeating it: 'hero webhooks list' shows the subscriptions.",
        _ => "Check whether Hero did the work before repeating it.",
    };

    private static int UsageError(CliConsole console, bool json, ParseResult parse)
    {
        var suggestions = TypoCorrections(parse);
        var command = CliCommands.PathOf(parse.CommandResult.Command);
        // The first error about what was typed is the cause (the rest are mostly its echoes: the words after an unknown
        // command); a missing required option matters only when nothing typed was wrong.
        var message = parse.Errors.OrderBy(e => e.SymbolResult is CommandResult).First().Message;
        if (suggestions.Count > 0)
        {
            message += $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
        }

        return Error(console, json, Usage, "usage", $"{message} See '{command} --help'.", new JObject
        {
            ["suggestions"] = new JArray(suggestions),
            ["help"] = command + " --help",
        });
    }

    // System.CommandLine's own error action finds the typo corrections; its lines are captured and reworded into the one
    // line (or JSON field) this tool promises.
    private static List<string> TypoCorrections(ParseResult parse)
    {
        var action = (ParseErrorAction)parse.Action!;
        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        var captured = new StringWriter(CultureInfo.InvariantCulture);
        parse.Invoke(new InvocationConfiguration { Output = captured, Error = captured, EnableDefaultExceptionHandler = false });
        var errors = parse.Errors.Select(e => e.Message).ToHashSet(StringComparer.Ordinal);
        var suggestions = captured.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !errors.Contains(line) && !line.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // With a command per API operation there are many near names: keep only the nearest ones to what was typed.
        if (parse.UnmatchedTokens is [var typed, ..] && suggestions.Count > 1)
        {
            var nearest = suggestions.Min(s => Distance(typed, s));
            suggestions = [.. suggestions.Where(s => Distance(typed, s) == nearest)];
        }

        return suggestions;
    }

    private static int Distance(string a, string b)
    {
        a = a.TrimStart('-');
        b = b.TrimStart('-');
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static int Error(CliConsole console, bool json, int code, string kind, string message, JObject? details = null)
    {
        message = string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // After a call to Hero, whatever Hero echoed back (in its body or anywhere else): no value this run sent is
        // shown. A usage mistake is about the user's own input, which nothing sent anywhere.
        var fromHero = kind is "api" or "cancelled";
        if (fromHero)
        {
            message = console.Sent.Scrub(message);
        }

        if (json)
        {
            var error = new JObject { ["kind"] = kind, ["message"] = message, ["exit_code"] = code };
            if (details is not null)
            {
                error.Merge(fromHero ? console.Sent.Scrub(details) : details);
            }

            console.Error.WriteLine(new JObject { ["error"] = error }.ToString(Formatting.None));
        }
        else
        {
            console.Error.WriteLine((console.ErrorColor ? "\u001b[31mhero:\u001b[0m " : "hero: ") + message);
        }

        return code;
    }
}
