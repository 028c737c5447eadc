using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>The calling practice group: capabilities, and the network of practice groups the key may act for.</summary>
public static partial class PracticeGroupClientExtensions
{
    /// <summary>Gets the practice group's capabilities as a set.</summary>
    /// <param name="practiceGroup">The practice group client (<c>hero.PracticeGroup</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The capabilities.</returns>
    public static async Task<HeroCapabilitySet> GetCapabilitySetAsync(this IPracticeGroupClient practiceGroup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(practiceGroup);
        var result = await practiceGroup.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        return new HeroCapabilitySet(result?.Capabilities ?? []);
    }

    /// <summary>
    /// Lists the practice groups of your network, each with a client scoped to it, so you can fan out:
    /// <c>foreach (var p in await hero.GetNetworkAsync()) await p.Client.Messages…</c>.
    /// </summary>
    /// <param name="hero">The client for your own practice group.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The network's practice groups.</returns>
    /// <exception cref="HeroHealthResponseShapeException">An item carries no id Hero's other objects use (<c>id</c> or <c>practice_group_id</c>).</exception>
    /// <remarks>Hero's docs do not show the fields of a network item; the id is read from <c>id</c>, else <c>practice_group_id</c>.</remarks>
    public static async Task<IReadOnlyList<NetworkPracticeGroup>> GetNetworkAsync(this HeroHealthClient hero, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hero);
        var network = await hero.PracticeGroup.ListNetworkPracticeGroupsAsync(cancellationToken).ConfigureAwait(false);
        var items = network?.Data ?? [];
        var result = new List<NetworkPracticeGroup>(items.Count);
        foreach (var item in items)
        {
            var id = (item as JObject)?["id"]?.ToString() ?? (item as JObject)?["practice_group_id"]?.ToString();
            if (string.IsNullOrEmpty(id) || !id.All(char.IsAsciiDigit))
            {
                throw new HeroHealthResponseShapeException("A network item has no numeric id or practice_group_id; see ResponseBody.", null, item.ToString(Newtonsoft.Json.Formatting.None), null);
            }

            result.Add(new NetworkPracticeGroup(id, (item as JObject)?["name"]?.ToString(), hero.ForPracticeGroup(id), item));
        }

        return result;
    }
}
