using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli;

/// <summary>Human lines by default; one JSON document with <c>--json</c> (for scripts). Colour only when asked for.</summary>
internal sealed class CliOutput(TextWriter output, bool json, bool color)
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

    /// <summary>Text shown in green on a colour terminal (a passed step or check).</summary>
    public string Good(string text) => color ? "\u001b[32m" + text + "\u001b[0m" : text;

    /// <summary>Text shown in bold on a colour terminal (a heading).</summary>
    public string Strong(string text) => color ? "\u001b[1m" + text + "\u001b[0m" : text;

    /// <summary>The command's result: JSON in JSON mode, else nothing more (the lines said it).</summary>
    public void Result(JToken value)
    {
        if (IsJson)
        {
            output.WriteLine(value.ToString(Formatting.Indented));
        }
    }
}
