using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HeroHealth.Client;

namespace HeroHealth.Cli.Commands;

/// <summary>The command tree: every command, its options and arguments, and the code it runs.</summary>
internal sealed class CliCommands
{
    private readonly CliConsole _console;

    private CliCommands(CliConsole console, bool withSpecCommands)
    {
        _console = console;
        Root = new Command("hero", """
            HeroHealth.Client on the command line: the Hero Health Public API against an embedded fake (offline, synthetic
            data, no credentials; the default), a fake served on this machine ('hero fake serve', then --env local), or
            Hero's mock, staging or production environment (HERO_API_KEY and HERO_PRACTICE_GROUP_ID).
            Exit codes: 0 ok, 1 failed (API call or check), 2 usage mistake, 130 cancelled.
            """);
        Root.Options.Add(new HelpOption());
        Root.Options.Add(new VersionOption { Action = new VersionAction() });
        Root.Options.Add(Options.Json);
        foreach (var option in Options.Target)
        {
            Root.Options.Add(option);
        }

        Root.SetAction(parse =>
        {
            // A bare 'hero' shows what there is, but is not a successful command (scripts see 2).
            Root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = _console.Out });
            return HeroCli.Usage;
        });

        Root.Subcommands.Add(Api(new Command("demo", "The whole story: PDS, slots, reserve, confirm, SMS with write-to-record, access token, signed webhook (writes only to a fake)"),
            (c, t, ct) => DemoCommand.RunAsync(t, c.Output, ct)));
        Root.Subcommands.Add(Api(new Command("me", "The practice group's details"), (c, t, ct) => ApiCommands.MeAsync(t, c.Output, ct)));
        Root.Subcommands.Add(Api(new Command("capabilities", "The practice group's enabled capabilities"), (c, t, ct) => ApiCommands.CapabilitiesAsync(t, c.Output, ct)));
        Root.Subcommands.Add(Api(new Command("configuration", "The practice group's configuration"), (c, t, ct) => ApiCommands.ConfigurationAsync(t, c.Output, ct)));
        Root.Subcommands.Add(Api(new Command("network", "The practice groups this API key may act for"), (c, t, ct) => ApiCommands.NetworkAsync(t, c.Output, ct)));
        Root.Subcommands.Add(Api(new Command("token", "Mint an Elements access token (printed: it is what you asked for)"), (c, t, ct) => ApiCommands.TokenAsync(t, c.Output, ct)));
        // Every operation of the description is a command too (hero <tag> <operation-id>), beside the guided ones.
        var spec = (withSpecCommands ? SpecOperation.All : []).GroupBy(o => o.Group).ToDictionary(g => g.Key, g => g.Select(SpecCommand).ToList(), StringComparer.Ordinal);
        Command[] With(string group, params Command[] guided)
        {
            var generated = spec.Remove(group, out var list) ? list : [];
            return [.. guided, .. generated.Where(g => guided.All(h => h.Name != g.Name))];
        }

        Root.Subcommands.Add(Group("patients", "Patients: register one from PDS, and every Patients operation", With("patients", Patients())));
        Root.Subcommands.Add(Group("messages", "Send SMS, email, NHS App and Hero messages, and every Messages operation", With("messages", Messages())));
        Root.Subcommands.Add(Group("slots", "Free appointment slots", Slots()));
        Root.Subcommands.Add(Group("appointments", "Reservations and appointments", AppointmentGet(), AppointmentReserve()));
        Root.Subcommands.Add(Group("webhooks", "Webhook subscriptions, offline signature checks, and every Webhooks operation", With("webhooks", WebhookList(), WebhookCreate(), WebhookDelete(), WebhookVerify())));
        foreach (var (group, commands) in spec.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var tag = SpecOperation.All.First(o => o.Group == group).Tag;
            Root.Subcommands.Add(Group(group, $"Every {tag} operation of the API, one command each (from the OpenAPI description)", [.. commands]));
        }

        Root.Subcommands.Add(Request());
        Root.Subcommands.Add(Group("spec", "Check the API description the SDK is generated from against a live environment", SpecVerify()));
        Root.Subcommands.Add(Group("nhs-number", "Check an NHS number (offline)", NhsNumberCheck()));
        Root.Subcommands.Add(Group("fake", "Serve the SDK's fake of Hero on this machine, and act as Hero's side of it", FakeServe(), FakeConfirm()));
        Root.Subcommands.Add(Completion());
        Root.Subcommands.Add(Complete());
    }

    public Command Root { get; }

    public CliOptions Options { get; } = new();

    /// <summary>The command tree; with every operation of the description as a command unless <paramref name="args"/> shows none is wanted.</summary>
    public static CliCommands Build(CliConsole console, IReadOnlyList<string>? args = null) => new(console, args is null || NeedsSpecCommands(args));

    private static readonly HashSet<string> GuidedOnly = new(StringComparer.Ordinal)
    {
        "demo", "me", "capabilities", "configuration", "network", "token", "slots", "appointments", "request", "nhs-number", "fake", "completion", "spec",
    };

    private static readonly HashSet<string> TargetOptionsWithValues = new(StringComparer.Ordinal) { "--env", "--base-address", "--api-key", "--practice-group" };

    /// <summary>
    /// Reading the description costs about 0.3 s at start-up, so a command line that names a guided command (and asks
    /// for no help, completion or suggestions) is parsed without the per-operation commands; the tree is otherwise the same.
    /// </summary>
    internal static bool NeedsSpecCommands(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Count && words.Count < 2; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?" or "help" || arg.StartsWith('['))
            {
                return true; // help lists every command; completion and suggestions search them all
            }

            if (arg == "--version" && words.Count == 0)
            {
                return false;
            }

            if (TargetOptionsWithValues.Contains(arg))
            {
                i++;
            }
            else if (!arg.StartsWith('-'))
            {
                words.Add(arg);
            }
        }

        return words.Count switch
        {
            0 => true,
            _ when GuidedOnly.Contains(words[0]) => false,
            _ when words[0] is "patients" or "messages" or "webhooks" && words.Count == 2 && words[1] is "register" or "send" or "list" or "create" or "delete" or "verify" => false,
            _ => true,
        };
    }

    private CliContext Context(ParseResult parse) => new(parse, new CliOutput(_console.Out, parse.GetValue(Options.Json), _console.OutColor), _console);

    private Command Offline(Command command, Func<CliContext, CancellationToken, Task<int>> run)
    {
        command.SetAction((parse, ct) => run(OfflineContext(parse), ct));
        return command;
    }

    private Command Offline(Command command, Func<CliContext, int> run)
    {
        command.SetAction(parse => run(OfflineContext(parse)));
        return command;
    }

    // A target given to a command that calls no API would be silently ignored: say so instead.
    private CliContext OfflineContext(ParseResult parse)
    {
        if (Options.Target.FirstOrDefault(o => parse.GetResult(o) is not null) is { } given)
        {
            throw new CliException($"{given.Name} does not apply to '{PathOf(parse.CommandResult.Command)}': it calls no API.");
        }

        return Context(parse);
    }

    private Command Api(Command command, Func<CliContext, CliTarget, CancellationToken, Task<int>> run)
    {
        foreach (var option in Options.Target)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var context = Context(parse);
            using var target = CliTarget.Open(parse, Options, _console.Environment);
            return await run(context, target, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// <c>hero &lt;tag&gt; &lt;operation&gt;</c>: one operation of the description as a protocol call through the SDK's
    /// pipeline, its path and query parameters as options (<c>--id</c>, <c>--page-size</c>), its JSON body from
    /// <c>--body FILE|-</c>, its help from the description's summary.
    /// </summary>
    private Command SpecCommand(SpecOperation operation)
    {
        var command = new Command(operation.Command, $"{operation.Summary} ({operation.Method} {operation.Path})");
        var parameters = operation.Parameters
            .GroupBy(p => SpecOperation.Kebab(p.Name), StringComparer.Ordinal)
            .Select(g => (Parameter: g.First(), Option: new Option<string>("--" + g.Key)
            {
                Description = $"{(g.First().In == "path" ? "Path" : "Query")} parameter {g.First().Name}{(g.First().Description.Length > 0 ? ": " + g.First().Description : "")}",
                HelpName = "value",
                Required = g.First().Required,
            }))
            .ToList();
        foreach (var (parameter, option) in parameters)
        {
            // Checked before anything is sent: the description types the value, so "--page-size abc" is a usage mistake.
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string>() is { } value && parameter.Problem(value) is { } expected)
                {
                    result.AddError($"{option.Name} must be {expected}, not '{value}'.");
                }
            });
            command.Options.Add(option);
        }

        var body = operation.HasBody ? new Option<string?>("--body") { Description = "The JSON body: a file, or - for stdin", HelpName = "file|-", Required = operation.BodyRequired } : null;
        if (body is not null)
        {
            command.Options.Add(body);
        }

        return Api(command, (c, t, ct) =>
        {
            var values = parameters.Select(p => (p.Parameter, Value: c.Parse.GetValue(p.Option))).Where(p => p.Value is not null).ToList();
            var input = new RequestInput(
                operation.Method,
                operation.Path.TrimStart('/'),
                [.. values.Where(v => v.Parameter.In == "path").OrderBy(v => operation.Path.IndexOf("{" + v.Parameter.Name + "}", StringComparison.Ordinal)).Select(v => v.Value!)],
                [.. values.Where(v => v.Parameter.In == "query").Select(v => v.Parameter.Name + "=" + v.Value)],
                body is null ? null : c.Parse.GetValue(body),
                operation.Idempotent);
            return RequestCommand.RunAsync(t, c.Output, input, ct, operation.OperationId);
        });
    }

    private static Command Group(string name, string description, params Command[] commands)
    {
        var group = new Command(name, description);
        foreach (var command in commands)
        {
            group.Subcommands.Add(command);
        }

        group.SetAction(int (_) => throw new CliException(
            $"'hero {name}' needs a command: {string.Join(", ", commands.Select(c => c.Name))}. See 'hero {name} --help'."));
        return group;
    }

    private Command Patients()
    {
        var nhs = CliOptions.Required("--nhs-number", "The patient's NHS number (spaces or dashes allowed)", "number");
        var dob = CliOptions.Date("--dob", "The patient's date of birth", required: true);
        var command = new Command("register", "Register a patient from PDS by NHS number and date of birth") { nhs, dob };
        return Api(command, (c, t, ct) => ApiCommands.RegisterPatientAsync(t, c.Output, c.Parse.GetValue(nhs)!, c.Parse.GetValue(dob)!.Value, ct));
    }

    private Command Messages()
    {
        var patient = CliOptions.Required("--patient", "The Hero patient id", "id");
        var text = CliOptions.Required("--text", "The message text", "text");
        var channel = CliOptions.Choice("--channel", "How to send it (default sms)", "sms", "email", "nhs-app", "hero");
        var to = new Option<string?>("--to") { Description = "The mobile number or email address (else the patient's own)", HelpName = "contact" };
        var command = new Command("send", "Send a message to a patient") { patient, text, channel, to };
        return Api(command, (c, t, ct) => ApiCommands.SendMessageAsync(t, c.Output, c.Parse.GetValue(patient)!, c.Parse.GetValue(text)!, c.Parse.GetValue(channel) ?? "sms", c.Parse.GetValue(to), ct));
    }

    private Command Slots()
    {
        var from = CliOptions.Date("--from", "The first day (default today, UTC)");
        var to = CliOptions.Date("--to", "The last day (default six days after --from)");
        var command = new Command("list", "List free slots from one day to another") { from, to };
        return Api(command, (c, t, ct) => ApiCommands.ListSlotsAsync(t, c.Output, c.Parse.GetValue(from), c.Parse.GetValue(to), ct));
    }

    private Command AppointmentGet()
    {
        var id = new Argument<string>("id") { Description = "The appointment (or reservation) id" };
        var command = new Command("get", "Show an appointment: reserved until when, or confirmed when") { id };
        return Api(command, (c, t, ct) => ApiCommands.GetAppointmentAsync(t, c.Output, c.Parse.GetValue(id)!, ct));
    }

    private Command AppointmentReserve()
    {
        var slot = CliOptions.Required("--slot", "The slot id, as 'hero slots list' shows it", "id");
        var date = CliOptions.Date("--date", "The slot's day (slots are found by day)", required: true);
        var patient = new Option<string?>("--patient") { Description = "The Hero patient id", HelpName = "id" };
        var reason = new Option<string?>("--reason") { Description = "Why the patient is booking", HelpName = "text" };
        var command = new Command("reserve", "Hold a slot for a patient (Hero confirms it separately)") { slot, date, patient, reason };
        return Api(command, (c, t, ct) => ApiCommands.ReserveAsync(t, c.Output, c.Parse.GetValue(slot)!, c.Parse.GetValue(date)!.Value, c.Parse.GetValue(patient), c.Parse.GetValue(reason), ct));
    }

    private static Option<string> EventOption(string description)
    {
        var option = new Option<string>("--event") { Description = description, HelpName = "type" };
        option.CompletionSources.Add(WebhookEventType.KnownValues.Select(v => v.ToString()).ToArray());
        return option;
    }

    private Command WebhookList()
    {
        var type = EventOption("Only webhooks for this event type");
        var command = new Command("list", "List the practice group's webhooks") { type };
        return Api(command, (c, t, ct) => ApiCommands.ListWebhooksAsync(t, c.Output, c.Parse.GetValue(type), ct));
    }

    private Command WebhookCreate()
    {
        var type = EventOption("The event type, e.g. appointment.confirmed");
        type.Required = true;
        var url = CliOptions.Required("--url", "Your endpoint (https; http only for loopback)", "url");
        var key = new Option<string?>("--signing-key") { Description = "The key Hero signs deliveries with (a new one is generated and shown once if absent)", HelpName = "key" };
        var command = new Command("create", "Subscribe an endpoint to an event type") { type, url, key };
        return Api(command, (c, t, ct) => ApiCommands.CreateWebhookAsync(t, c.Output, c.Parse.GetValue(type)!, c.Parse.GetValue(url)!, c.Parse.GetValue(key), ct));
    }

    private Command WebhookDelete()
    {
        var id = new Argument<string>("id") { Description = "The webhook id" };
        var command = new Command("delete", "Delete a webhook") { id };
        return Api(command, (c, t, ct) => ApiCommands.DeleteWebhookAsync(t, c.Output, c.Parse.GetValue(id)!, ct));
    }

    private Command WebhookVerify()
    {
        var key = CliOptions.Required("--signing-key", "The webhook's signing key", "key");
        var timestamp = CliOptions.Required("--timestamp", "The X-Herohealth-Timestamp header value", "value");
        var signature = CliOptions.Required("--signature", "The X-Herohealth-Signature header value", "value");
        var body = CliOptions.Required("--body-file", "A file holding the raw request body", "file");
        var tolerance = CliOptions.WholeNumber("--tolerance-seconds", "How old a delivery may be (default 300)", 0);
        var now = new Option<string?>("--now") { Description = "Verify as of this instant (Unix seconds or ms, or ISO 8601), e.g. when it arrived", HelpName = "time" };
        var command = new Command("verify", "Offline: check a delivery's signature; exit 0 valid, 1 invalid (with the verdict)") { key, timestamp, signature, body, tolerance, now };
        return Offline(command, c => OfflineCommands.VerifyWebhook(c.Output, new WebhookCheck(
            c.Parse.GetValue(key)!, c.Parse.GetValue(timestamp)!, c.Parse.GetValue(signature)!, c.Parse.GetValue(body)!, c.Parse.GetValue(tolerance), c.Parse.GetValue(now))));
    }

    private Command NhsNumberCheck()
    {
        var number = new Argument<string[]>("number") { Description = "The NHS number (may be given in parts: 943 476 5919)", Arity = ArgumentArity.OneOrMore };
        number.Validators.Add(result =>
        {
            // The parts are free text, so an option the command does not have would otherwise be read as one of them.
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal)) is { } option)
            {
                result.AddError($"Unrecognized command or argument '{option.Value}'.");
            }
        });
        var command = new Command("check", "Offline: exit 0 if valid, 1 if not (and why)") { number };
        return Offline(command, c => OfflineCommands.CheckNhsNumber(c.Output, string.Join(' ', c.Parse.GetValue(number)!)));
    }

    private Command Request()
    {
        string[] methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
        var method = new Argument<string>("method") { Description = "GET, POST, PUT, PATCH or DELETE", HelpName = "METHOD" };
        method.CompletionSources.Add(methods);
        method.Validators.Add(CliOptions.OneOf<ArgumentResult>("METHOD", methods, StringComparer.OrdinalIgnoreCase));
        var path = new Argument<string>("path") { HelpName = "PATH", Description = "Relative to the base address; may be a template such as v1/patients/{id}" };
        var args = new Option<string[]>("--arg") { Description = "A value for the template's next {placeholder} (repeat in order)", HelpName = "value", Arity = ArgumentArity.ZeroOrMore };
        var query = new Option<string[]>("--query") { Description = "A query parameter (repeat for more)", HelpName = "name=value", Arity = ArgumentArity.ZeroOrMore };
        var body = new Option<string?>("--body") { Description = "The JSON body: a file, or - for stdin", HelpName = "file|-" };
        var safe = new Option<bool>("--safe-to-repeat") { Description = "Let the SDK retry this POST/PATCH (only if Hero treats it as idempotent)" };
        var command = new Command("request", "Any endpoint through the SDK's pipeline (a protocol call); answers JSON") { method, path, args, query, body, safe };
        return Api(command, (c, t, ct) => RequestCommand.RunAsync(t, c.Output, new RequestInput(
            c.Parse.GetValue(method)!, c.Parse.GetValue(path)!, c.Parse.GetValue(args) ?? [], c.Parse.GetValue(query) ?? [], c.Parse.GetValue(body), c.Parse.GetValue(safe)), ct));
    }

    private Command SpecVerify()
    {
        var writes = new Option<bool>("--include-writes") { Description = "Also call writes (POST, PUT, PATCH, DELETE) with the description's example bodies: only against --env mock or a fake" };
        var patch = new Option<string?>("--patch") { Description = "Write the description changes the evidence supports (each marked x-hero-evidence) to this file, for build/update-spec --file", HelpName = "file" };
        var command = new Command("verify", "Call every safe operation and check each answer against openapi/ (status, content type, every field's type, format and enum, unknown fields); exit 0 no drift, 1 drift, 2 could not run") { writes, patch };
        return Api(command, (c, t, ct) => SpecVerifyCommand.RunAsync(t, c.Output, c.Parse.GetValue(writes), t.Fake is not null || t.LocalAddress is not null || t.Name.StartsWith("Hero mock", StringComparison.Ordinal), c.Parse.GetValue(patch), ct));
    }

    private Command FakeServe()
    {
        var port = CliOptions.WholeNumber("--port", $"The loopback port (default {CliTarget.LocalPort}; 0 picks a free one)", 0, 65535);
        var origins = new Option<string[]>("--allow-origin")
        {
            Description = "A web origin (e.g. https://app.example:8443) whose pages may call the fake, besides pages on loopback; repeatable",
            HelpName = "origin",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("serve", "Run the fake as an HTTP server on loopback until Ctrl+C: stateful, and delivering signed webhooks to the URLs you register") { port, origins };
        return Offline(command, (c, ct) => FakeServeCommand.RunAsync(c.Output, c.Console, c.Parse.GetValue(port) ?? CliTarget.LocalPort, c.Parse.GetValue(origins) ?? [], ct));
    }

    private Command FakeConfirm()
    {
        var id = new Argument<string>("id") { Description = "The reservation id" };
        var command = new Command("confirm", "Confirm a reservation on the served fake's side, as Hero does (sends appointment.confirmed); needs --env local") { id };
        return Api(command, (c, t, ct) => FakeServeCommand.ConfirmAsync(t, c.Output, c.Parse.GetValue(id)!, ct));
    }

    private Command Completion()
    {
        string[] shells = ["bash", "zsh", "pwsh"];
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh", HelpName = "SHELL" };
        shell.CompletionSources.Add(shells);
        shell.Validators.Add(CliOptions.OneOf<ArgumentResult>("SHELL", shells, StringComparer.Ordinal));
        var command = new Command("completion", "Print a tab-completion script: eval \"$(hero completion bash)\" in ~/.bashrc, or zsh/pwsh likewise") { shell };
        return Offline(command, c => CompletionCommand.PrintScript(c.Console.Out, c.Parse.GetValue(shell)!));
    }

    private Command Complete()
    {
        var position = CliOptions.WholeNumber("--position", "The cursor position in the line", 0);
        var line = new Argument<string>("line") { Description = "The command line typed so far" };
        var command = new Command("__complete", "Used by the completion scripts") { Hidden = true };
        command.Options.Add(position);
        command.Arguments.Add(line);
        return Offline(command, c => CompletionCommand.Complete(Root, c.Console.Out, c.Parse.GetValue(line)!, c.Parse.GetValue(position)));
    }

    /// <summary>The command as typed: <c>hero webhooks verify</c>.</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine("hero " + HeroCli.Version);
            return HeroCli.Ok;
        }
    }
}
