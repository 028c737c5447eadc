using System.Diagnostics;

namespace HeroHealth.Client.StoreTests;

/// <summary>The webhook receiver in a process of its own (tests/HeroHealth.Client.WebhookHost), to kill mid-handler.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly SemaphoreSlim _newLine = new(0);

    private HostProcess(Process process) => _process = process;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<HostProcess> StartAsync(StoreServer server, string name, TimeSpan lease, bool inbox = false, TimeSpan? handlerTime = null, bool ignoreToken = false)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "HeroHealth.Client.WebhookHost", "bin",
            new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "HeroHealth.Client.WebhookHost.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is missing: the store tests build the host project");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--store", server.Name, "--connection", server.Connection, "--name", name, "--key", Receiver.Key,
                     "--lease-ms", ((int)lease.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--handler-ms", ((int)(handlerTime ?? TimeSpan.FromMinutes(10)).TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) }
                     .Concat(inbox ? ["--inbox"] : []).Concat(ignoreToken ? ["--ignore-token"] : []))
        {
            start.ArgumentList.Add(a);
        }

        var host = new HostProcess(Process.Start(start)!);
        host._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (host._lines)
            {
                host._lines.Add(e.Data);
            }

            host._newLine.Release();
        };
        host._process.ErrorDataReceived += (_, _) => { };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        var listening = await host.WaitForAsync("LISTENING ");
        host.Endpoint = new Uri(new Uri(listening["LISTENING ".Length..]), "/hero/webhooks");
        return host;
    }

    /// <summary>Waits (up to 60 s) for a line of the host's output that starts with <paramref name="prefix"/>.</summary>
    public async Task<string> WaitForAsync(string prefix)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            lock (_lines)
            {
                if (_lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }
            }

            if (_process.HasExited)
            {
                Assert.Fail($"The webhook host exited ({_process.ExitCode}) before printing '{prefix}'.");
            }

            await _newLine.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        Assert.Fail($"The webhook host did not print '{prefix}' within 60 s.");
        return "";
    }

    /// <summary>Freezes the process (SIGSTOP), as a long GC pause, a VM migration or a debugger would.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>Lets a frozen process run on (SIGCONT).</summary>
    public void Resume() => Signal("CONT");

    /// <summary>The lines the host printed so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit(10_000);
        Assert.That(kill.ExitCode, Is.Zero, $"kill -{signal}");
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Resume();
            Kill();
        }

        _process.Dispose();
        _newLine.Dispose();
    }
}
