// A Hero webhook receiver on HeroHealth.Client.AspNetCore: verified, each event handled once, dispatched by event type.
// Run: dotnet run --project samples/HeroHealth.WebhookReceiver -- --HeroWebhooks:SigningKeys:0=<your signing key>
// Several instances: add --ConnectionStrings:HeroWebhooksPostgreSql=<Npgsql connection string> (or HeroWebhooksRedis),
// and --HeroWebhooks:Inbox=true to acknowledge once stored and handle in a background worker.
HeroHealth.WebhookReceiver.WebhookReceiverApp.Build(args).Run();
