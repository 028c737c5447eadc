using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// A request to any Hero endpoint, sent with <see cref="HeroHealthClient.SendAsync"/> through the SDK's own pipeline:
/// practice-group scoping, the two headers, the retry and timeout policy, redirect refusal, typed exceptions naming the
/// path template, redacted logs, spans and metrics. For endpoints this SDK does not describe yet.
/// </summary>
/// <remarks>
/// The path is a template relative to the base address (<c>v1/appointments/{id}/book</c>); each <c>{placeholder}</c>
/// takes the next path argument, validated like the generated operations' ids (not empty, not <c>.</c> or <c>..</c>,
/// no <c>/</c>, <c>?</c>, <c>#</c>, <c>\</c> or control characters) and escaped. POST and PATCH are sent at most once
/// unless <see cref="AsSafeToRepeat"/> says a repeat is harmless. Instances are immutable: each <c>With…</c> returns a copy.
/// </remarks>
public sealed class HeroRequest
{
    private HeroRequest(HttpMethod method, string pathTemplate, IReadOnlyList<string> pathArguments)
    {
        Method = method;
        PathTemplate = pathTemplate;
        PathArguments = pathArguments;
        Query = [];
    }

    private HeroRequest(HeroRequest other)
    {
        Method = other.Method;
        PathTemplate = other.PathTemplate;
        PathArguments = other.PathArguments;
        Query = other.Query;
        Body = other.Body;
        ContentType = other.ContentType;
        SafeToRepeat = other.SafeToRepeat;
        OperationId = other.OperationId;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template relative to the base address, e.g. <c>v1/appointments/{id}/book</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The values of the template's placeholders, in order.</summary>
    public IReadOnlyList<string> PathArguments { get; }

    /// <summary>Query parameters in order (a name may repeat, as Hero's array parameters do).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; private init; }

    /// <summary>The body bytes, when there is a body.</summary>
    public ReadOnlyMemory<byte>? Body { get; private init; }

    /// <summary>The body's content type (default <c>application/json</c>).</summary>
    public string? ContentType { get; private init; }

    /// <summary>Whether a repeat is harmless, so a POST/PATCH may be retried like a GET.</summary>
    public bool SafeToRepeat { get; private init; }

    /// <summary>The name errors, logs and spans use; default <c>"{METHOD} {template}"</c>.</summary>
    public string OperationId { get; private init; } = string.Empty;

    /// <summary>A GET.</summary>
    /// <inheritdoc cref="Create(HttpMethod, string, string[])"/>
    public static HeroRequest Get(string pathTemplate, params string[] pathArguments) => Create(HttpMethod.Get, pathTemplate, pathArguments);

    /// <summary>A POST (sent at most once unless <see cref="AsSafeToRepeat"/>).</summary>
    /// <inheritdoc cref="Create(HttpMethod, string, string[])"/>
    public static HeroRequest Post(string pathTemplate, params string[] pathArguments) => Create(HttpMethod.Post, pathTemplate, pathArguments);

    /// <summary>A PUT.</summary>
    /// <inheritdoc cref="Create(HttpMethod, string, string[])"/>
    public static HeroRequest Put(string pathTemplate, params string[] pathArguments) => Create(HttpMethod.Put, pathTemplate, pathArguments);

    /// <summary>A PATCH (sent at most once unless <see cref="AsSafeToRepeat"/>).</summary>
    /// <inheritdoc cref="Create(HttpMethod, string, string[])"/>
    public static HeroRequest Patch(string pathTemplate, params string[] pathArguments) => Create(Compat.Patch, pathTemplate, pathArguments);

    /// <summary>A DELETE.</summary>
    /// <inheritdoc cref="Create(HttpMethod, string, string[])"/>
    public static HeroRequest Delete(string pathTemplate, params string[] pathArguments) => Create(HttpMethod.Delete, pathTemplate, pathArguments);

    /// <summary>A request with any method.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path template relative to the base address.</param>
    /// <param name="pathArguments">One value per placeholder.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The template is absolute or malformed, the argument count is wrong, or an argument is not a safe path segment.</exception>
    public static HeroRequest Create(HttpMethod method, string pathTemplate, params string[] pathArguments)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        ArgumentNullException.ThrowIfNull(pathArguments);
        var template = pathTemplate.StartsWith('/') && !pathTemplate.StartsWith("//", StringComparison.Ordinal) ? pathTemplate[1..] : pathTemplate;
        if (template.Contains("://", StringComparison.Ordinal) || template.StartsWith('/') || template.IndexOfAny(['?', '#', '\\']) >= 0)
        {
            // The key goes wherever the URL points: only paths under the client's base address are allowed.
            throw new ArgumentException("The path template must be a path relative to the base address (no scheme, host, query or fragment; add the query with WithQuery).", nameof(pathTemplate));
        }

        var placeholders = Placeholders(template);
        if (placeholders != pathArguments.Length)
        {
            throw new ArgumentException(FormattableString.Invariant($"The template has {placeholders} placeholder(s) but {pathArguments.Length} path argument(s) were given."), nameof(pathArguments));
        }

        for (var i = 0; i < pathArguments.Length; i++)
        {
            PathSegments.Validate(pathArguments[i], FormattableString.Invariant($"{nameof(pathArguments)}[{i}]"));
        }

        return new HeroRequest(method, template, [.. pathArguments]) { OperationId = $"{method.Method} {template}" };
    }

    /// <summary>Adds a query parameter (sent escaped; call again with the same name for an array).</summary>
    /// <param name="name">The parameter name as Hero spells it, e.g. <c>from_date</c>.</param>
    /// <param name="value">The value; a null value is skipped.</param>
    /// <returns>A copy with the parameter.</returns>
    public HeroRequest WithQuery(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return value is null ? this : new HeroRequest(this) { Query = [.. Query, new(name, value)] };
    }

    /// <summary>Sets a JSON body: an object serialised with the SDK's settings (generated models keep Hero's wire names).</summary>
    /// <param name="body">The body object, or a <see cref="JToken"/>.</param>
    /// <returns>A copy with the body.</returns>
    public HeroRequest WithJsonBody(object body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var token = body as JToken ?? JToken.FromObject(body, HeroJson.Serializer);
        return WithBody(Encoding.UTF8.GetBytes(token.ToString(Formatting.None)), "application/json");
    }

    /// <summary>Sets a raw body.</summary>
    /// <param name="body">The bytes sent.</param>
    /// <param name="contentType">Their content type.</param>
    /// <returns>A copy with the body.</returns>
    public HeroRequest WithBody(ReadOnlyMemory<byte> body, string contentType = "application/json")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        return new HeroRequest(this) { Body = body, ContentType = contentType };
    }

    /// <summary>
    /// Says that sending this request twice is harmless (e.g. a status query Hero exposes as POST), so the SDK may retry
    /// it after it may have reached Hero. Never for sending messages or booking.
    /// </summary>
    /// <returns>A copy marked safe to repeat.</returns>
    public HeroRequest AsSafeToRepeat() => new(this) { SafeToRepeat = true };

    /// <summary>Names the operation in errors, logs and spans (e.g. <c>bookAppointment</c>).</summary>
    /// <param name="operationId">A name in Hero's style.</param>
    /// <returns>A copy with the name.</returns>
    public HeroRequest WithOperationId(string operationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        return new HeroRequest(this) { OperationId = operationId };
    }

    /// <summary>The relative URL: placeholders replaced by escaped arguments, then the escaped query.</summary>
    /// <returns>For example <c>v1/appointments/31/book?notify=true</c>.</returns>
    internal string RelativeUrl()
    {
        // The same escaping as the generated operations: HeroUrlBuilder is the one place a URL is made.
        var url = new HeroUrlBuilder(string.Empty);
        var start = 0;
        var argument = 0;
        for (int open; (open = PathTemplate.IndexOf('{', start)) >= 0; start = PathTemplate.IndexOf('}', open) + 1)
        {
            url.Literal(PathTemplate.Substring(start, open - start));
            url.Segment(PathArguments[argument++]);
        }

        url.Literal(PathTemplate.Substring(start));
        foreach (var (name, value) in Query)
        {
            url.Query(name, value);
        }

        return url.ToString();
    }

    /// <summary>Describes the request by method and template only (arguments, query and body can carry patient data).</summary>
    /// <returns>For example <c>HeroRequest(POST v1/appointments/{id}/book)</c>.</returns>
    public override string ToString() => $"HeroRequest({Method.Method} {PathTemplate})";

    private static int Placeholders(string pathTemplate)
    {
        var count = 0;
        for (var i = 0; i < pathTemplate.Length; i++)
        {
            if (pathTemplate[i] == '{')
            {
                var end = pathTemplate.IndexOf('}', i);
                if (end < 0 || end == i + 1 || pathTemplate.AsSpan(i + 1, end - i - 1).IndexOfAny('{', '/') >= 0)
                {
                    throw new ArgumentException("The path template has a malformed placeholder (expected {name}).", nameof(pathTemplate));
                }

                count++;
                i = end;
            }
            else if (pathTemplate[i] == '}')
            {
                throw new ArgumentException("The path template has a '}' without '{'.", nameof(pathTemplate));
            }
        }

        return count;
    }
}
