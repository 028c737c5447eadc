// A minimal Hero webhook receiver: verify the signature on the raw body, parse the thin event, acknowledge fast.
// Run: dotnet run --project samples/HeroHealth.WebhookReceiver -- --Hero:WebhookSigningKeys:0=<your signing key>
HeroHealth.WebhookReceiver.WebhookReceiverApp.Build(args).Run();
