// A Hero webhook receiver on HeroHealth.Client.AspNetCore: verified, de-duplicated, dispatched by event type.
// Run: dotnet run --project samples/HeroHealth.WebhookReceiver -- --HeroWebhooks:SigningKeys:0=<your signing key>
HeroHealth.WebhookReceiver.WebhookReceiverApp.Build(args).Run();
