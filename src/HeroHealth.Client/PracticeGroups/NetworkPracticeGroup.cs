using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>A practice group in your Hero network, with a client already scoped to it.</summary>
/// <param name="Id">The practice group id.</param>
/// <param name="Name">Its name, when Hero sent one.</param>
/// <param name="Client">A client acting for this practice group (shares your connection pool).</param>
/// <param name="Raw">The item exactly as Hero sent it (its fields are not documented).</param>
public sealed record NetworkPracticeGroup(string Id, string? Name, HeroHealthClient Client, JToken Raw);
