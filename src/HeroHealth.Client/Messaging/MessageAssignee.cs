namespace HeroHealth.Client;

/// <summary>Who in the practice the message (and any reply) is assigned to.</summary>
/// <param name="Id">The Admin or AdminTeam id.</param>
/// <param name="IsTeam">Whether <paramref name="Id"/> is an AdminTeam (otherwise an Admin).</param>
public sealed record MessageAssignee(long Id, bool IsTeam = false)
{
    /// <summary>Hero's <c>assignee_type</c> value.</summary>
    public string AssigneeType => IsTeam ? "AdminTeam" : "Admin";
}
