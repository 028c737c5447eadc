using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// Cold start: what one call costs in a fresh process, where BenchmarkDotNet (which measures warm code) cannot look.
/// <c>cold-start report [runs]</c> starts this program again per run and path (<c>cold-start one PATH</c>), so every
/// measurement pays runtime start-up, assembly loading and the JIT exactly as an app's first request does. The same
/// in-memory canned handler as the per-call benchmark: no network, only client work.
/// </summary>
public static class ColdStart
{
    private static readonly string[] Paths = ["baseline", "facade"];

    /// <summary>Runs the cold-start mode when <paramref name="args"/> asks for it.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>An exit code, or <see langword="null"/> when the arguments are for BenchmarkDotNet.</returns>
    public static int? TryRun(string[] args)
    {
        if (args.Length < 2 || args[0] != "cold-start")
        {
            return null;
        }

        return args[1] switch
        {
            "one" when args.Length > 2 => One(args[2]),
            "report" => Report(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: cold-start report [runs] | cold-start one baseline|facade");
        return 2;
    }

    /// <summary>One fresh-process measurement: prints construction and first-call milliseconds.</summary>
    private static int One(string path)
    {
        var clock = Stopwatch.StartNew();
        double constructed;
        string? id;
        if (path == "baseline")
        {
            using var http = new HttpClient(new CannedHandler(Payloads.Appointment)) { BaseAddress = Payloads.Base };
            constructed = clock.Elapsed.TotalMilliseconds;
            using var request = new HttpRequestMessage(HttpMethod.Get, "v1/appointments/5002");
            request.Headers.Add("x-api-key", "benchmark-key");
            request.Headers.Add("x-practice-group-id", "1001");
            using var response = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
            using var stream = response.Content.ReadAsStreamAsync().GetAwaiter().GetResult();
            id = JsonSerializer.DeserializeAsync<AppointmentDto>(stream).AsTask().GetAwaiter().GetResult()?.Id;
        }
        else
        {
            using var hero = new HeroHealthClient(Payloads.Options(), new CannedHandler(Payloads.Appointment));
            constructed = clock.Elapsed.TotalMilliseconds;
            id = hero.Booking.GetAppointmentAsync("5002").GetAwaiter().GetResult()?.Id;
        }

        var total = clock.Elapsed.TotalMilliseconds;
        if (id != "5002")
        {
            Console.Error.WriteLine("the call read a different answer");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{constructed:0.0} {total:0.0}"));
        return 0;
    }

    /// <summary>Starts <paramref name="runs"/> fresh processes per path, alternating, and prints medians.</summary>
    private static int Report(int runs)
    {
        var self = Environment.ProcessPath!;
        var dll = typeof(ColdStart).Assembly.Location;
        var results = Paths.ToDictionary(p => p, _ => new List<(double Wall, double Construct, double Total)>());
        for (var i = 0; i < runs; i++)
        {
            foreach (var path in Paths)
            {
                var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
                if (Path.GetFileNameWithoutExtension(self) == "dotnet")
                {
                    start.ArgumentList.Add(dll);
                }

                foreach (var arg in (string[])["cold-start", "one", path])
                {
                    start.ArgumentList.Add(arg);
                }

                var wall = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                var elapsed = wall.Elapsed.TotalMilliseconds;
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine($"{path}: exit {process.ExitCode}");
                    return 1;
                }

                var parts = line.Split(' ');
                results[path].Add((elapsed, double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture)));
            }
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var baseWall = Median(results["baseline"].Select(r => r.Wall));
        Console.WriteLine($"Cold start, {runs} fresh processes per path (medians; ReadyToRun: {(IsReadyToRun() ? "yes" : "no")})");
        Console.WriteLine("| path | process wall time | ratio | client construction | construction + first call |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var path in Paths)
        {
            var wall = Median(results[path].Select(r => r.Wall));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {path} | {wall:0} ms | {wall / baseWall:0.00} | {Median(results[path].Select(r => r.Construct)):0.0} ms | {Median(results[path].Select(r => r.Total)):0.0} ms |"));
        }

        return 0;
    }

    // A ReadyToRun image carries a managed native header; checking the SDK assembly is enough for the report's label.
    private static bool IsReadyToRun()
    {
        using var stream = File.OpenRead(typeof(HeroHealthClient).Assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
