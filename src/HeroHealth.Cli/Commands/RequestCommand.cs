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
    public static async Task<int> RunAsync(CliTarget target, CliOutput output, RequestInput input, CancellationToken ct, string? operationId = null)
    {
        // The parser admits only GET, POST, PUT, PATCH and DELETE.
        var method = new HttpMethod(input.Method.ToUpperInvariant());

        // PATH is a template ("v1/appointments/{id}", values from --arg) or a literal path.
        var request = HeroRequest.Create(method, input.Path, [.. input.Arguments]);
        if (operationId is not null)
        {
            request = request.WithOperationId(operationId); // errors, logs and traces name the operation, as the SDK's own calls do
        }

        foreach (var pair in input.Query)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"--query takes name=value, not '{pair}'.");
            }

            request = request.WithQuery(pair[..eq], pair[(eq + 1)..]);
        }

        if (input.Body is { } source)
        {
            var text = source == "-" ? await Console.In.ReadToEndAsync(ct).ConfigureAwait(false) : await ReadFileAsync(source, ct).ConfigureAwait(false);
            request = request.WithBody(Encoding.UTF8.GetBytes(text));
        }

        if (input.SafeToRepeat)
        {
            request = request.AsSafeToRepeat();
        }

        var response = await target.Client.SendAsync(request, ct).ConfigureAwait(false);
        JToken body;
        try
        {
            body = response.ReadJson() ?? JValue.CreateNull();
        }
        catch (HeroHealthResponseShapeException)
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
