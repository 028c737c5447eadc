using HeroHealth.Cli;

// The `hero` command. All logic lives in HeroCli so tests can run it in-process with captured output.
return await HeroCli.RunAsync(args, CliConsole.System(), CancellationToken.None);
