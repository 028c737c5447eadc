using System.Text;
using HeroHealth.Client;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// <c>hero request METHOD PATH [--arg V]… [--query k=v]… [--body FILE|-] [--safe-to-repeat]</c>: any endpoint through the
/// SDK's pipeline (a protocol call), answering JSON: <c>{"status": 200, "body": …}</c>.
/// </summary>
internal static class RequestCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliTarget target, CliOutput output, CancellationToken ct)
    {
        if (args.Words.Count != 3)
        {
            throw new CliException("Usage: hero request METHOD PATH [--arg VALUE]… [--query name=value]… [--body FILE|-] [--safe-to-repeat]");
        }

        var method = new HttpMethod(args.Words[1].ToUpperInvariant());
        if (method.Method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
        {
            throw new CliException($"METHOD must be GET, POST, PUT, PATCH or DELETE, not {args.Words[1]}.");
        }

        // PATH is a template ("v1/appointments/{id}", values from --arg) or a literal path.
        var request = HeroRequest.Create(method, args.Words[2], [.. args.GetAll("arg")]);
        foreach (var pair in args.GetAll("query"))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"--query takes name=value, not '{pair}'.");
            }

            request = request.WithQuery(pair[..eq], pair[(eq + 1)..]);
        }

        if (args.Get("body") is { } source)
        {
            var text = source == "-" ? await Console.In.ReadToEndAsync(ct).ConfigureAwait(false) : await ReadFileAsync(source, ct).ConfigureAwait(false);
            request = request.WithBody(Encoding.UTF8.GetBytes(text));
        }

        if (args.Has("safe-to-repeat"))
        {
            request = request.AsSafeToRepeat();
        }

        args.RejectUnknown();
        var response = await target.Client.SendAsync(request, ct).ConfigureAwait(false);
        JToken body;
        try
        {
            body = response.ReadJson() ?? JValue.CreateNull();
        }
        catch (HeroHealthApiException)
        {
            body = response.ReadAsString();
        }

        output.Line(body.ToString(Formatting.Indented));
        output.Result(new JObject { ["status"] = response.Status, ["body"] = body });
        return 0;
    }

    private static async Task<string> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read --body {path}: {ex.GetType().Name}.");
        }
    }
}
