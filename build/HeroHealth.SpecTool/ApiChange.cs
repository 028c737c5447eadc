namespace HeroHealth.SpecTool;

/// <summary>One difference between the committed description and the new one.</summary>
/// <param name="Kind">What changed, e.g. "Operation added", "Field removed".</param>
/// <param name="Subject">Where, e.g. <c>POST /v1/messages/send (sendMessage)</c> or <c>Appointment.video_url</c>.</param>
/// <param name="Detail">Old → new, when useful.</param>
/// <param name="Breaking">Whether SDK users' code or behaviour can break.</param>
public sealed record ApiChange(string Kind, string Subject, string? Detail, bool Breaking)
{
    /// <summary>One Markdown list item.</summary>
    /// <returns>The line.</returns>
    public string ToMarkdown() => $"- {Kind}: `{Subject}`" + (Detail is null ? "" : $" — {Detail}");
}
