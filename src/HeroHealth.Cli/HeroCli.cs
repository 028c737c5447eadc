using HeroHealth.Cli.Commands;
using HeroHealth.Client;
using Microsoft.Extensions.Options;

namespace HeroHealth.Cli;

/// <summary>The <c>hero</c> command: parses arguments, runs one command, maps failures to one line and an exit code.</summary>
public static class HeroCli
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a failed check or API call.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a usage mistake.</summary>
    public const int Usage = 2;

    private const string Help = """
        hero — HeroHealth.Client on the command line

        Usage: hero <command> [options]

          demo                              the whole story: PDS, slots, reserve, confirm, SMS, token, signed webhook
          me | capabilities | configuration | network | token
          patients register --nhs-number N --dob yyyy-MM-dd
          messages send --patient ID --text T [--channel sms|email|nhs-app|hero] [--to CONTACT]
          slots list [--from yyyy-MM-dd] [--to yyyy-MM-dd]
          appointments get ID
          webhooks list [--event E] | webhooks create --event E --url URL [--signing-key K] | webhooks delete ID
          request METHOD PATH [--arg V]… [--query k=v]… [--body FILE|-] [--safe-to-repeat]
                                            any endpoint through the SDK's pipeline (PATH may be a {template}); JSON out
          nhs-number check NUMBER           offline: exit 0 valid, 1 invalid (prints why)
          webhooks verify --signing-key K --timestamp T --signature S --body-file F [--tolerance-seconds N] [--now T]
                                            offline: exit 0 valid, 1 invalid (prints the verdict)

        Target (API commands): the embedded fake by default (offline, synthetic data, no credentials).
          --env mock|staging|production     with HERO_API_KEY and HERO_PRACTICE_GROUP_ID (or --practice-group)
          --api-key K                       avoid: a command line is visible to other users (ps, shell history);
                                            prefer HERO_API_KEY in the environment
        Output: human by default; --json for scripts.
        """;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go (one line each).</param>
    /// <param name="environment">Reads environment variables (HERO_API_KEY, HERO_PRACTICE_GROUP_ID).</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var parsed = CliArguments.Parse(args);
            var output = new CliOutput(stdout, parsed.Json);
            if (parsed.Has("version"))
            {
                stdout.WriteLine("hero " + HeroHealth.Client.HeroHealthDiagnostics.Version);
                return Ok;
            }

            if (parsed.Words.Count == 0 || parsed.Words[0] == "help" || parsed.Has("help"))
            {
                stdout.WriteLine(Help);
                return parsed.Words.Count == 0 && !parsed.Has("help") ? Usage : Ok;
            }

            var command = parsed.Words[0];
            var sub = parsed.Words.Count > 1 ? parsed.Words[1] : null;
            switch (command, sub)
            {
                case ("nhs-number", "check"):
                    return OfflineCommands.CheckNhsNumber(parsed, output);
                case ("webhooks", "verify"):
                    return OfflineCommands.VerifyWebhook(parsed, output);
            }

            using var target = CliTarget.Open(parsed, environment);
            Func<Task<int>> run = (command, sub) switch
            {
                ("demo", null) => () => DemoCommand.RunAsync(target, output, cancellationToken),
                ("me", null) => () => ApiCommands.MeAsync(target, output, cancellationToken),
                ("capabilities", null) => () => ApiCommands.CapabilitiesAsync(target, output, cancellationToken),
                ("configuration", null) => () => ApiCommands.ConfigurationAsync(target, output, cancellationToken),
                ("network", null) => () => ApiCommands.NetworkAsync(target, output, cancellationToken),
                ("token", null) => () => ApiCommands.TokenAsync(target, output, cancellationToken),
                ("patients", "register") => () => ApiCommands.RegisterPatientAsync(parsed, target, output, cancellationToken),
                ("messages", "send") => () => ApiCommands.SendMessageAsync(parsed, target, output, cancellationToken),
                ("slots", "list") => () => ApiCommands.ListSlotsAsync(parsed, target, output, cancellationToken),
                ("appointments", "get") => () => ApiCommands.GetAppointmentAsync(parsed, target, output, cancellationToken),
                ("webhooks", _) => () => ApiCommands.WebhooksAsync(parsed, target, output, cancellationToken),
                ("request", _) => () => RequestCommand.RunAsync(parsed, target, output, cancellationToken),
                _ => throw new CliException($"Unknown command '{string.Join(' ', parsed.Words.Take(2))}'. Run 'hero help'."),
            };
            if (sub is null)
            {
                parsed.RejectUnknown(); // commands with sub-commands check their own options
            }

            return await run().ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await stderr.WriteLineAsync("hero: " + ex.Message).ConfigureAwait(false);
            return Usage;
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync("hero: " + string.Join(" ", ex.Failures)).ConfigureAwait(false);
            return Usage;
        }
        catch (ArgumentException ex)
        {
            // The SDK's early checks (bad ids, contacts, dates): the user's input, not a crash.
            await stderr.WriteLineAsync("hero: " + ex.Message).ConfigureAwait(false);
            return Usage;
        }
        catch (HeroHealthApiException ex)
        {
            await stderr.WriteLineAsync("hero: " + ex.Message).ConfigureAwait(false);
            return Failed;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("hero: cancelled").ConfigureAwait(false);
            return 130;
        }
    }
}
