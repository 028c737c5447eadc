// build/update-spec: fetch Hero's published OpenAPI description, normalise it for NSwag, write openapi/, rebuild,
// and print an API change report. See README "Regenerating the client".
return await HeroHealth.SpecTool.UpdateSpecCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
