using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>Hero rejected the request as invalid (400), usually with its documented validation-error body.</summary>
public class HeroHealthValidationException : HeroHealthApiException
{
    /// <summary>Creates the exception from a failed call.</summary>
    /// <param name="failure">The failed call.</param>
    public HeroHealthValidationException(HeroHealthFailure failure)
        : this(failure, TryParse(failure?.ResponseBody))
    {
    }

    private HeroHealthValidationException(HeroHealthFailure failure, ValidationError? error)
        : base(Describe(failure, Explain(error)), failure, null)
    {
        Error = error;
    }

    /// <summary>Hero's documented body <c>{error, statusCode, message:[{code, expected, path[]}]}</c>, when it sent one.</summary>
    public ValidationError? Error { get; }

    /// <summary>The JSON paths Hero complained about, e.g. <c>nhs_number</c> or <c>recipients.0.dob</c>.</summary>
    public IReadOnlyList<string> InvalidPaths => Error?.Message?.Select(PathOf).ToList() ?? [];

    private static string PathOf(ValidationErrorMessageItem item) =>
        string.Join('.', item.Path?.Select(p => p?.ToString(Formatting.None).Trim('"')) ?? []);

    private static string? Explain(ValidationError? error)
    {
        if (error?.Message is not { Count: > 0 } issues)
        {
            return "See ResponseBody for Hero's explanation.";
        }

        // Field paths and Hero's issue codes are schema names, not patient values, so they may be shown.
        var fields = string.Join(", ", issues.Select(PathOf).Where(p => p.Length > 0).Distinct().Take(10));
        return fields.Length == 0 ? $"{issues.Count} validation issue(s)." : $"{issues.Count} validation issue(s) at: {fields}.";
    }

    private static ValidationError? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<ValidationError>(body, HeroJson.CreateSettings());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
