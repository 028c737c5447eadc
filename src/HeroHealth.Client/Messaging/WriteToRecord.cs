namespace HeroHealth.Client;

/// <summary>
/// Ask Hero to write the message into the patient's EHR (EMIS Web / SystmOne). By default a Hero admin approves the
/// write; <see cref="AutoWrite"/> skips approval when your API key is permitted to. Hero fills in a default SNOMED
/// code and term when you give none.
/// </summary>
public sealed record WriteToRecord
{
    /// <summary>The SNOMED CT concept id to code the entry with, e.g. <c>"185316007"</c>; digits only.</summary>
    public string? SnomedCode { get; init; }

    /// <summary>The SNOMED CT term shown in the record.</summary>
    public string? SnomedTerm { get; init; }

    /// <summary>Write without admin approval (honoured only if the key's permissions allow it).</summary>
    public bool AutoWrite { get; init; }
}
