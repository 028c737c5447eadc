using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace HeroHealth.Client;

/// <summary>
/// Adjusts the generated models' JSON contracts: (1) reads timestamps with <see cref="TimestampConverter"/> and
/// dates (<c>format: date</c>, e.g. dates of birth) with <see cref="DateOnlyConverter"/>, which also accepts the
/// full timestamps Hero sometimes sends for them; (2) enforces the description's required fields only on what the SDK
/// sends (<see cref="Requests"/>): a response missing one is still a success (any 2xx is), reported as spec drift,
/// which is why every generated property is nullable. Hero's enums need nothing here: they are generated as
/// extensible enums that carry their own converter (<see cref="HeroEnumConverter{TEnum}"/>).
/// </summary>
internal sealed class HeroContractResolver : DefaultContractResolver
{
    /// <summary>For responses and everything else the SDK reads: a missing required field is not an error.</summary>
    public static readonly HeroContractResolver Instance = new(enforceRequired: false);

    /// <summary>For request bodies: a required field left null fails before anything is sent.</summary>
    public static readonly HeroContractResolver Requests = new(enforceRequired: true);

    private readonly bool _enforceRequired;

    private HeroContractResolver(bool enforceRequired) => _enforceRequired = enforceRequired;

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (_enforceRequired)
        {
            // Request bodies are only written: the read-side hooks below would never run, and Newtonsoft enforces Required.
            return contract;
        }

        // Spec drift (HeroSpecDrift): a field the model lacks lands in AdditionalProperties; say so while a response
        // is being read. Only while one is: requests and the SDK's own JSON report nothing.
        if (contract.ExtensionDataSetter is { } setter)
        {
            contract.ExtensionDataSetter = (o, key, value) =>
            {
                HeroSpecDrift.UnknownField();
                setter(o, key, value);
            };
        }

        // The description's required fields: on a read, not enforced (the reader would fail a call Hero has already
        // carried out; Hero's required flags are reconstructed) but checked once the object is read, as spec drift.
        var required = new List<(string Name, IValueProvider Value)>();
        foreach (var property in contract.Properties)
        {
            if (property.Required is Required.Always or Required.DisallowNull && property.ValueProvider is { } value)
            {
                required.Add((property.PropertyName!, value));
            }

            property.Required = Required.Default;
        }

        if (required.Count > 0)
        {
            contract.OnDeserializedCallbacks.Add((o, _) =>
            {
                if (!HeroSpecDrift.Active)
                {
                    return;
                }

                foreach (var (name, value) in required)
                {
                    if (value.GetValue(o) is null)
                    {
                        HeroSpecDrift.MissingRequired(name);
                    }
                }
            });
        }

        return contract;
    }

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);

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
