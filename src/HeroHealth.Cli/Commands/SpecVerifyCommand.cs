using System.Globalization;
using HeroHealth.Client;
using HeroHealth.Client.Testing.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using ValidationError = NJsonSchema.Validation.ValidationError;
using NSwag;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// <c>hero spec verify</c>: calls every operation that is safe to call on the target (reads; writes only against a mock or
/// a fake, with <c>--include-writes</c>), discovering ids from list responses, and checks each answer against the
/// description the SDK is generated from: the status is documented, the content type is JSON, and the body validates
/// against the response schema (NJsonSchema, the validator of the NSwag toolchain, reading the description with OpenAPI
/// 3.0 semantics) with unknown fields reported too. Values never appear in the report: only JSON paths, kinds, and a
/// value's JSON type and length.
/// </summary>
internal static class SpecVerifyCommand
{
    public const int Drift = 1;
    public const int CouldNotRun = 2;

    public static async Task<int> RunAsync(CliTarget target, CliOutput output, bool includeWrites, bool writesAllowed, string? patchFile, CancellationToken ct)
    {
        if (includeWrites && !writesAllowed)
        {
            throw new CliException("--include-writes sends requests that change data: only against Hero's mock (--env mock), a served fake or the embedded one.", HeroCli.Usage);
        }

        var document = await LoadAsync().ConfigureAwait(false);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // list path -> an id read from its response
        var results = new List<OperationResult>();
        var operations = SpecOperation.All
            .OrderBy(o => o.Path.Count(c => c == '{')) // lists before the items they name
            .ThenBy(o => o.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var operation in operations)
        {
            var result = await CheckAsync(target, document, operation, ids, includeWrites, ct).ConfigureAwait(false);
            results.Add(result);
            if (results.Count(r => r.Reason?.StartsWith("no answer", StringComparison.Ordinal) == true) == 3 && results.All(r => r.Status is null))
            {
                // Three calls in a row reached nobody and nothing has answered: the target is down, not drifting.
                throw new CliException($"Could not run: {target.Name} does not answer ({result.Reason}).", CouldNotRun);
            }
        }

        var drifted = results.Count(r => r.Verdict == "drift");
        var verified = results.Count(r => r.Verdict == "verified");
        foreach (var r in results.OrderBy(r => r.Verdict, StringComparer.Ordinal).ThenBy(r => r.OperationId, StringComparer.Ordinal))
        {
            output.Line($"{r.Verdict,-13} {r.OperationId,-32} {r.Method,-6} {r.Path}{(r.Reason is null ? "" : "  — " + r.Reason)}");
            foreach (var f in r.Findings)
            {
                output.Line($"{"",13}   {f.Kind} at {f.Path}{(f.Detail is null ? "" : " (" + f.Detail + ")")}");
            }
        }

        output.Line();
        output.Line($"{verified} verified, {drifted} with drift, {results.Count - verified - drifted} not callable — against {target.Name}");
        output.Result(new JObject
        {
            ["target"] = target.Name,
            ["verified"] = verified,
            ["drift"] = drifted,
            ["not_callable"] = results.Count - verified - drifted,
            ["operations"] = new JArray(results.Select(r => new JObject
            {
                ["operation"] = r.OperationId,
                ["method"] = r.Method,
                ["path"] = r.Path,
                ["verdict"] = r.Verdict,
                ["reason"] = r.Reason,
                ["status"] = r.Status,
                ["findings"] = new JArray(r.Findings.Select(f => new JObject { ["path"] = f.Path, ["kind"] = f.Kind, ["detail"] = f.Detail })),
            })),
        });
        if (patchFile is not null)
        {
            var changes = SpecPatch.Write(patchFile, results.Where(r => r.Verdict == "drift")
                .SelectMany(r => r.Findings.Select(f => new SpecPatch.Evidence(r.OperationId, r.Method, r.Path, f.Path, f.Kind, f.Observed, f.Status))), target.Name);
            output.Line($"{changes} change(s) the evidence supports written to {patchFile}: review it, then 'build/update-spec --file {patchFile}'");
        }

        if (verified + drifted == 0)
        {
            // Nothing answered anything checkable (the target is down, or refuses the key): no verdict at all.
            throw new CliException($"Could not run: no operation of {target.Name} gave an answer to check ({results.Count} not callable; see above).", CouldNotRun);
        }

        return drifted > 0 ? Drift : HeroCli.Ok;
    }

    private static async Task<OperationResult> CheckAsync(CliTarget target, OpenApiDocument document, SpecOperation operation, Dictionary<string, string> ids, bool includeWrites, CancellationToken ct)
    {
        OperationResult Result(string verdict, string? reason, int? status = null, List<Finding>? findings = null) =>
            new(operation.OperationId, operation.Method, operation.Path, verdict, reason, status, findings ?? []);

        var spec = document.Paths[operation.Path][operation.Method.ToLowerInvariant()];
        var isWrite = operation.Method != "GET";
        if (isWrite && !includeWrites)
        {
            return Result("not callable", "a write: only with --include-writes, against a mock or a fake");
        }

        // Path parameters: an id read from the list one level up (GET /v1/slots gives /v1/slots/{id} its id).
        var arguments = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path").OrderBy(p => operation.Path.IndexOf("{" + p.Name + "}", StringComparison.Ordinal)))
        {
            var parent = operation.Path[..operation.Path.IndexOf("/{" + parameter.Name + "}", StringComparison.Ordinal)];
            if (!ids.TryGetValue(parent, out var id))
            {
                return Result("not callable", $"needs {parameter.Name}, and no list response gave one");
            }

            arguments.Add(id);
        }

        var request = HeroRequest.Create(new HttpMethod(operation.Method), operation.Path.TrimStart('/'), [.. arguments]).WithOperationId(operation.OperationId);
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query" && p.Required))
        {
            if (QueryValue(spec, parameter.Name) is not { } value)
            {
                return Result("not callable", $"needs query parameter {parameter.Name}, and the description gives no example");
            }

            request = request.WithQuery(parameter.Name, value);
        }

        if (isWrite && spec.RequestBody?.Content.TryGetValue("application/json", out var media) == true)
        {
            if (media.Example is null)
            {
                return Result("not callable", "a write whose description has no example body");
            }

            request = request.WithJsonBody(JToken.FromObject(media.Example));
        }

        HeroResponse response;
        try
        {
            response = await target.Client.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (HeroHealthApiException ex) when (isWrite && ex.StatusCode is >= 400 and < 500)
        {
            // The description's example body names ids of Hero's docs, not of this target: a refusal says nothing of the spec.
            return Result("not callable", $"answered {ex.StatusCode} to the description's example body", ex.StatusCode);
        }
        catch (HeroHealthApiException ex) when (ex.StatusCode > 0)
        {
            var documented = spec.Responses.ContainsKey(ex.StatusCode.ToString(CultureInfo.InvariantCulture));
            return documented
                ? Result("not callable", $"answered {ex.StatusCode}, a documented error (nothing to check a body against)", ex.StatusCode)
                : Result("drift", null, ex.StatusCode, [new Finding("$", "undocumented status", ex.StatusCode.ToString(CultureInfo.InvariantCulture)) { Status = ex.StatusCode }]);
        }
        catch (HeroHealthApiException ex)
        {
            return Result("not callable", $"no answer ({ex.GetType().Name})");
        }

        var findings = new List<Finding>();
        var statusText = response.Status.ToString(CultureInfo.InvariantCulture);
        if (!spec.Responses.TryGetValue(statusText, out var documentedResponse))
        {
            findings.Add(new Finding("$", "undocumented status", statusText) { Status = response.Status });
            return Result("drift", null, response.Status, findings);
        }

        var schema = documentedResponse.Content.TryGetValue("application/json", out var json) ? json.Schema : null;
        var text = response.ReadAsString();
        if (schema is not null && text.Length > 0)
        {
            var type = response.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
            if (type is not null && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new Finding("$", "content type", "not JSON"));
            }
            else
            {
                JToken body;
                try
                {
                    body = JToken.Parse(text);
                }
                catch (JsonException)
                {
                    findings.Add(new Finding("$", "not JSON", Describe(text)));
                    return Result("drift", null, response.Status, findings);
                }

                findings.AddRange(Validate(schema.ActualSchema, body));
                RememberId(operation, body, ids);
            }
        }

        return Result(findings.Count == 0 ? "verified" : "drift", null, response.Status, findings);
    }

    // Patterns are left out: the reconstruction inferred them (ids as digits) rather than read them, and a mock that
    // fills a string with a placeholder would fail them without telling anything about Hero.
    private static IEnumerable<Finding> Validate(JsonSchema schema, JToken body) => Flatten(schema.Validate(body))
        .Where(e => e.Kind != ValidationErrorKind.PatternMismatch)
        .Select(e => (Error: e, Token: Token(e, body)))
        .Select(x => new Finding(Path(x.Error), Kind(x.Error.Kind), x.Error.Kind == ValidationErrorKind.PropertyRequired || x.Token is null ? null : Describe(x.Token)) { Observed = x.Token })
        .Distinct();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    // NJsonSchema's paths are "#/data[3].status"; a required field's error names the object and the property. Written
    // as the SDK's runtime drift report writes them ($.data[].status), so the two reports name a field the same way.
    private static string Path(ValidationError error)
    {
        var path = (error.Path ?? "#").TrimStart('#', '/');
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } property && !path.EndsWith(property, StringComparison.Ordinal))
        {
            path = path.Length == 0 ? property : path + "." + property;
        }

        return HeroSpecDrift.Normalize(path);
    }

    private static string Kind(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "missing required field",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "unknown field",
        ValidationErrorKind.NotInEnumeration => "enum value not listed",
        ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected or ValidationErrorKind.TimeExpected
            or ValidationErrorKind.UriExpected or ValidationErrorKind.EmailExpected or ValidationErrorKind.GuidExpected => "format",
        ValidationErrorKind.PatternMismatch => "pattern",
        _ => "type",
    };

    private static JToken? Token(ValidationError error, JToken body)
    {
        var path = (error.Path ?? "#").TrimStart('#', '/');
        return path.Length == 0 ? body : body.SelectToken(path);
    }

    // The value's JSON type and length, never the value.
    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"a string of {((string)token!).Length} characters",
        JTokenType.Array => $"an array of {((JArray)token).Count}",
        JTokenType.Object => $"an object of {((JObject)token).Count} fields",
        JTokenType.Null => "null",
        _ => "a " + token.Type.ToString().ToLowerInvariant(),
    };

    private static string Describe(string text) => $"{text.Length} characters";

    private static void RememberId(SpecOperation operation, JToken body, Dictionary<string, string> ids)
    {
        if (operation.Method != "GET" || operation.Path.Contains('{', StringComparison.Ordinal))
        {
            return;
        }

        var first = body is JArray array ? array.FirstOrDefault() : body is JObject { } page && page["data"] is JArray data ? data.FirstOrDefault() : null;
        if (first is JObject item && item["id"] is JValue { Value: not null } id)
        {
            ids[operation.Path] = Convert.ToString(id.Value, CultureInfo.InvariantCulture)!;
        }
    }

    private static string? QueryValue(OpenApiOperation operation, string name)
    {
        var parameter = operation.ActualParameters.FirstOrDefault(p => p.Name == name);
        if (parameter is null)
        {
            return null;
        }

        var schema = parameter.ActualSchema;
        var example = parameter.Example ?? schema.Example ?? schema.Default ?? schema.Enumeration.FirstOrDefault();
        if (example is not null)
        {
            return Convert.ToString(example is JToken token ? token.ToString(Formatting.None).Trim('"') : example, CultureInfo.InvariantCulture);
        }

        return schema.Format == "date" ? DateTime.UtcNow.Date.AddDays(name.Contains("to", StringComparison.OrdinalIgnoreCase) ? 7 : 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The description as NSwag reads it, with every object schema closed (<c>additionalProperties: false</c>) unless it
    /// says otherwise or is a part of an <c>allOf</c>, so a field the description lacks is reported.
    /// </summary>
    private static async Task<OpenApiDocument> LoadAsync()
    {
        var document = await OpenApiDocument.FromJsonAsync(FakeSpec.Instance.Document.ToString(Formatting.None)).ConfigureAwait(false);
        var all = document.Components.Schemas.Values.ToList();
        var parts = all.SelectMany(s => s.AllOf).Select(p => p.ActualSchema).ToHashSet();
        var seen = new HashSet<JsonSchema>();
        foreach (var schema in all)
        {
            Close(schema, parts, seen);
        }

        return document;
    }

    private static void Close(JsonSchema schema, HashSet<JsonSchema> parts, HashSet<JsonSchema> seen)
    {
        schema = schema.ActualSchema;
        if (!seen.Add(schema))
        {
            return;
        }

        if (schema.Properties.Count > 0 && schema.AdditionalPropertiesSchema is null && schema.AllOf.Count == 0 && !parts.Contains(schema))
        {
            schema.AllowAdditionalProperties = false;
        }

        foreach (var child in schema.Properties.Values.Cast<JsonSchema>().Append(schema.Item).Concat(schema.OneOf).Concat(schema.AnyOf).Where(c => c is not null))
        {
            Close(child!, parts, seen);
        }
    }

    private sealed record OperationResult(string OperationId, string Method, string Path, string Verdict, string? Reason, int? Status, List<Finding> Findings);

    /// <summary>One difference. <see cref="Observed"/> (the value) is used only to write a patch, never printed.</summary>
    private sealed record Finding(string Path, string Kind, string? Detail)
    {
        public JToken? Observed { get; init; }

        public int? Status { get; init; }
    }
}
