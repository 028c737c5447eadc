using System.Net;
using System.Reflection;
using System.Text;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Generated;

/// <summary>
/// For every operation of the spec, through the front door (<see cref="HeroHealthClient"/> and its pipeline): any 2xx
/// is success, an empty 2xx body gives <see langword="null"/>, and a path argument that could point the request at
/// another resource is refused, naming the parameter, before anything is sent.
/// </summary>
[TestFixture]
public class EveryOperationStatusTests
{
    private static readonly int[] Successes = [200, 201, 202, 204];

    public static IEnumerable<TestCaseData> StatusCases() =>
        from op in OpenApiSpec.Operations
        from status in Successes
        from empty in new[] { true, false }
        where !(status == 204 && !empty)
        select new TestCaseData(op, status, empty).SetName($"{op.OperationId}: {status} {(empty ? "empty" : "with a body")} is success");

    public static IEnumerable<TestCaseData> PathCases() =>
        from op in OpenApiSpec.Operations
        from parameter in op.Parameters.Where(p => (string)p["in"]! == "path").Select(p => (string)p["name"]!)
        from bad in new[] { "", " ", ".", "..", "a/b", "a?b", "a#b", "a\\b", "a\u0001b" }
        select new TestCaseData(op, parameter, bad).SetName($"{op.OperationId}: {parameter} = {Describe(bad)} throws before a request");

    [TestCaseSource(nameof(StatusCases))]
    public async Task Any_2xx_is_success(SpecOperation op, int status, bool empty)
    {
        using var h = new FacadeHarness();
        var sent = CountRequests(h, (HttpStatusCode)status, empty ? null : "{}");
        var (contract, method) = FrontDoor(h.Client, op);

        var task = (Task)method.Invoke(contract, Arguments(method, op, pathValue: null))!;
        await task;

        var result = task.GetType().GetProperty("Result")!.GetValue(task);
        Assert.That(sent(), Is.EqualTo(1), "sent once");
        Assert.That(result, empty ? Is.Null : Is.Not.Null);
    }

    public static IEnumerable<TestCaseData> RequiredBodyCases() =>
        from op in OpenApiSpec.Operations
        where op.RequestBodySchema is not null && FirstRequired(op) is not null
        select new TestCaseData(op).SetName($"{op.OperationId}: a body without a required field is refused before sending");

    [TestCaseSource(nameof(RequiredBodyCases))]
    public async Task A_body_without_a_required_field_is_refused_before_sending(SpecOperation op)
    {
        using var h = new FacadeHarness();
        var sent = CountRequests(h, HttpStatusCode.OK, body: null);
        var (contract, method) = FrontDoor(h.Client, op);
        var field = FirstRequired(op)!;
        var args = Arguments(method, op, pathValue: null);
        var index = Array.FindIndex(method.GetParameters(), p => p.Name == "body");
        var body = JObject.FromObject(args[index]!, Newtonsoft.Json.JsonSerializer.Create(HeroJson.CreateSettings()));
        body.Remove(field);
        args[index] = body.ToObject(method.GetParameters()[index].ParameterType, Newtonsoft.Json.JsonSerializer.Create(HeroJson.CreateSettings()));

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => (Task)method.Invoke(contract, args)!);

        Assert.That(((ArgumentException)ex!).ParamName, Is.EqualTo("body"));
        Assert.That(ex.Message, Does.Contain($"'{field}'"), "names the field");
        Assert.That(sent(), Is.Zero);
    }

    [TestCaseSource(nameof(PathCases))]
    public async Task A_path_argument_that_could_change_the_resource_is_refused_before_sending(SpecOperation op, string parameter, string bad)
    {
        using var h = new FacadeHarness();
        var sent = CountRequests(h, HttpStatusCode.OK, body: null);
        var (contract, method) = FrontDoor(h.Client, op);
        var target = Naming.Parameter(op, parameter);

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => (Task)method.Invoke(contract, Arguments(method, op, (target, bad)))!);

        Assert.That(((ArgumentException)ex!).ParamName, Is.EqualTo(target));
        Assert.That(sent(), Is.Zero);
    }

    /// <summary>Answers every request with <paramref name="status"/> (and a JSON body when given); returns how many arrived.</summary>
    private static Func<int> CountRequests(FacadeHarness h, HttpStatusCode status, string? body)
    {
        var sent = 0;
        h.Mock.Fallback.Respond(_ =>
        {
            sent++;
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            return response;
        });
        return () => sent;
    }

    private static (object Contract, MethodInfo Method) FrontDoor(HeroHealthClient hero, SpecOperation op)
    {
        var (clientType, _) = GeneratedClients.Find(op);
        var contractType = clientType.GetInterface("I" + clientType.Name)!;
        var property = typeof(HeroHealthClient).GetProperties().Single(p => p.PropertyType == contractType);
        var method = contractType.GetMethod(Naming.Method(op))!;
        return (property.GetValue(hero)!, method);
    }

    private static object?[] Arguments(MethodInfo method, SpecOperation op, (string Name, string Value)? pathValue)
    {
        var args = new List<object?>();
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                args.Add(CancellationToken.None);
            }
            else if (parameter.Name == "body")
            {
                args.Add(SchemaSamples.ForSchema(op.RequestBodySchema, op.RequestBodyExample).ToObject(parameter.ParameterType, Newtonsoft.Json.JsonSerializer.Create(HeroJson.CreateSettings())));
            }
            else if (pathValue is { } bad && bad.Name == parameter.Name)
            {
                args.Add(bad.Value);
            }
            else if (parameter.Name == "additionalQuery")
            {
                args.Add(null);
            }
            else
            {
                var spec = op.Parameters.Single(p => (string)p["name"]! == Naming.WireName(op, parameter.Name!));
                var required = (bool?)spec["required"] == true || (string)spec["in"]! == "path";
                args.Add(!required ? null : (string)spec["in"]! == "path" ? "31" : OperationArguments.For(parameter.ParameterType).Value);
            }
        }

        return args.ToArray();
    }

    /// <summary>The first required, non-nullable field of the operation's body schema (after resolving <c>$ref</c>).</summary>
    private static string? FirstRequired(SpecOperation op)
    {
        var schema = OpenApiSpec.Resolve(op.RequestBodySchema!);
        return (schema["required"] as JArray)?.Select(r => (string)r!)
            .FirstOrDefault(name => schema.SelectToken($"properties['{name}'].nullable")?.Value<bool>() != true);
    }

    private static string Describe(string value) => value switch
    {
        "" => "empty",
        " " => "blank",
        _ => value.Replace("\u0001", "\\u0001", StringComparison.Ordinal),
    };
}
