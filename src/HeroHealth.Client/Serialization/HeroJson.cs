using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>The JSON settings the generated clients use.</summary>
public static class HeroJson
{
    /// <summary>
    /// Applies HeroHealth.Client's settings: enum values Hero adds later are carried by the
    /// generated extensible enums, unknown fields are kept in <c>AdditionalProperties</c>, and date-like
    /// strings in those bags stay strings (Newtonsoft would otherwise shift their offsets).
    /// </summary>
    /// <param name="settings">Settings to change in place.</param>
    public static void Configure(JsonSerializerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ContractResolver = HeroContractResolver.Instance;
        settings.DateParseHandling = DateParseHandling.None;
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;
        settings.MaxDepth = 64;
    }

    /// <summary>One serializer with these settings for the SDK's hand-written readers and writers (it is safe to share).</summary>
    internal static readonly JsonSerializer Serializer = JsonSerializer.Create(CreateSettings());

    /// <summary>The serializer of generated request bodies: the same settings, and a required field left null fails.</summary>
    internal static readonly JsonSerializer RequestSerializer = CreateRequestSerializer();

    private static JsonSerializer CreateRequestSerializer()
    {
        var settings = CreateSettings();
        settings.ContractResolver = HeroContractResolver.Requests;
        return JsonSerializer.Create(settings);
    }

    /// <summary>Creates settings configured by <see cref="Configure"/>.</summary>
    /// <returns>New settings.</returns>
    public static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings();
        Configure(settings);
        return settings;
    }
}
