using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli;

/// <summary>Human lines by default; one JSON document with <c>--json</c> (for scripts).</summary>
internal sealed class CliOutput(TextWriter output, bool json)
{
    public bool IsJson { get; } = json;

    /// <summary>A human line (suppressed in JSON mode).</summary>
    public void Line(string text = "")
    {
        if (!IsJson)
        {
            output.WriteLine(text);
        }
    }

    /// <summary>The command's result: JSON in JSON mode, else nothing more (the lines said it).</summary>
    public void Result(JToken value)
    {
        if (IsJson)
        {
            output.WriteLine(value.ToString(Formatting.Indented));
        }
    }
}
