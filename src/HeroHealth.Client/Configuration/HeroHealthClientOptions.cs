using System.Diagnostics;

namespace HeroHealth.Client;

/// <summary>Settings for a <see cref="HeroHealthClient"/>; validated by <see cref="HeroHealthClientOptionsValidator"/>.</summary>
/// <remarks>The API key never appears in <see cref="ToString"/> or the debugger display.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class HeroHealthClientOptions
{
    /// <summary>The configuration section name used in examples: <c>"HeroHealth"</c>.</summary>
    public const string DefaultSectionName = "HeroHealth";

    /// <summary>The partner API key (sent as <c>x-api-key</c>). Required. Keep it in a secret store.</summary>
    /// <remarks>Skipped by System.Text.Json and Newtonsoft.Json, so serialising the options (to log or dump them) never writes it.</remarks>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)] // not shown when the options are expanded in a debugger
    [System.Text.Json.Serialization.JsonIgnore]
    [Newtonsoft.Json.JsonIgnore]
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The practice group the client acts for (sent as <c>x-practice-group-id</c>). Required; digits only.</summary>
    public string PracticeGroupId { get; set; } = string.Empty;

    /// <summary>The Hero environment. Default <see cref="HeroHealthEnvironment.Staging"/>, so nothing reaches live practices by accident.</summary>
    public HeroHealthEnvironment Environment { get; set; } = HeroHealthEnvironment.Staging;

    /// <summary>Overrides <see cref="Environment"/>. Must be https, except for loopback addresses (local fakes).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Time allowed for one attempt (retries get their own). Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retry settings.</summary>
    public HeroHealthRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Whether responses that differ from the API description (a field or enum value it does not list, a required field
    /// missing, an undocumented success status) are counted in <c>hero.client.spec_drift</c> and logged once per
    /// operation and JSON path at Information (never values). Default <see langword="true"/>: the description was
    /// reconstructed from Hero's pages, and these reports say where it differs from what Hero sends.
    /// </summary>
    public bool ReportSpecDrift { get; set; } = true;

    /// <summary>Your application's name, added to the User-Agent (<c>HeroHealth.Client/1.0.0 (YourApp)</c>).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>
    /// Adds your own policy to the SDK's pipeline: <see cref="HeroPipelinePosition.PerCall"/> runs once per call
    /// outside the retries, <see cref="HeroPipelinePosition.PerTry"/> once per attempt inside them. Policies run in the
    /// order added, before the SDK stamps the API key.
    /// </summary>
    /// <param name="policy">The policy (shared by every call of the clients built from these options).</param>
    /// <param name="position">Where it runs.</param>
    /// <returns>These options.</returns>
    public HeroHealthClientOptions AddPolicy(HeroPipelinePolicy policy, HeroPipelinePosition position = HeroPipelinePosition.PerCall)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (position is not (HeroPipelinePosition.PerCall or HeroPipelinePosition.PerTry))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Use PerCall or PerTry.");
        }

        _policies.Add((policy, position));
        return this;
    }

    /// <summary>The policies added with <see cref="AddPolicy"/>, in order.</summary>
    internal IReadOnlyList<(HeroPipelinePolicy Policy, HeroPipelinePosition Position)> Policies => _policies;

    private List<(HeroPipelinePolicy Policy, HeroPipelinePosition Position)> _policies = [];

    /// <summary>The base address in effect: <see cref="BaseAddress"/>, else the <see cref="Environment"/>'s, ending with '/'.</summary>
    /// <returns>The absolute base address.</returns>
    public Uri ResolveBaseAddress()
    {
        var address = BaseAddress ?? HeroHealthEnvironments.BaseAddressOf(Environment);
        // Generated paths are relative ("v1/slots"): without a trailing slash the last segment would be dropped.
        return address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
    }

    /// <summary>Copies these options (so a running client cannot be changed under it).</summary>
    /// <returns>A deep copy.</returns>
    public HeroHealthClientOptions Clone()
    {
        // Memberwise, so an option added later is copied without being listed here; the two mutable members are copied too.
        var copy = (HeroHealthClientOptions)MemberwiseClone();
        copy._policies = [.. _policies];
        copy.Retry = Retry.Clone();
        return copy;
    }

    /// <summary>Describes the options without the API key.</summary>
    /// <returns>For example <c>HeroHealthClientOptions(Environment=Staging, PracticeGroupId=123, ApiKey=***)</c>.</returns>
    public override string ToString() =>
        $"HeroHealthClientOptions(Environment={Environment}, BaseAddress={BaseAddress?.AbsoluteUri ?? "(environment)"}, PracticeGroupId={PracticeGroupId}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(missing)" : "***")})";
}
