using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace HeroHealth.Client;

/// <summary>
/// Adjusts the generated models' JSON contracts: (1) reads timestamps with <see cref="TimestampConverter"/> and
/// dates (<c>format: date</c>, e.g. dates of birth) with <see cref="DateOnlyConverter"/>, which also accepts the
/// full timestamps Hero sometimes sends for them; (2) does not fail a response for a missing
/// "required" field (the spec's required flags are reconstructed). Hero's enums need nothing here: they are generated
/// as extensible enums that carry their own converter (<see cref="HeroEnumConverter{TEnum}"/>).
/// </summary>
internal sealed class HeroContractResolver : DefaultContractResolver
{
    public static readonly HeroContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);

        // The spec's required flags are reconstructed from Hero's docs (and Hero's own examples omit "required"
        // fields): a missing or null field in a response must not fail the whole call. Requests are checked by the
        // workflow helpers before sending, and by Hero's 400 otherwise.
        if (property.Required is Required.Always or Required.AllowNull or Required.DisallowNull)
        {
            property.Required = Required.Default;
        }

        if (property.PropertyType == typeof(DateTimeOffset) || property.PropertyType == typeof(DateTimeOffset?))
        {
            property.Converter ??= TimestampConverter.Instance;
        }
        else if (property.PropertyType == typeof(DateOnly) || property.PropertyType == typeof(DateOnly?))
        {
            property.Converter ??= DateOnlyConverter.Instance;
        }

        return property;
    }
}
