using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HeroHealth.Client.ContractTests;

/// <summary>
/// Prism (`@stoplight/prism-cli`, pinned in package.json, installed by `npm ci`) serving openapi/ on a free loopback
/// port. Prism validates every request (and its own example response) against the spec and lists what it found in
/// the <c>sl-violations</c> response header.
/// </summary>
public sealed class PrismServer : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private PrismServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string RecentLog
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(40));
            }
        }
    }

    /// <summary>Finds the repository (package.json + installed Prism) above the test output folder.</summary>
    public static string? FindPrism(out string? repoRoot)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "openapi", "hero-public-api.yaml")))
            {
                repoRoot = dir.FullName;
                return File.Exists(cli) ? cli : null;
            }
        }

        repoRoot = null;
        return null;
    }

    public static async Task<PrismServer> StartAsync(string prismCli, string spec, TimeSpan startTimeout)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { prismCli, "mock", spec, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        var server = new PrismServer(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("Prism exited during start-up:\n" + server.RecentLog);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        server.Dispose();
        throw new TimeoutException("Prism did not listen within " + startTimeout + ":\n" + server.RecentLog);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }
    }
}
