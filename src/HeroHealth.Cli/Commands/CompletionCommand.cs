using System.CommandLine;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// Tab completion: <c>hero completion bash|zsh|pwsh</c> prints a script that asks <c>hero __complete</c> for the
/// candidates, which System.CommandLine computes from the command tree (commands, options, option values).
/// </summary>
internal static class CompletionCommand
{
    public static int PrintScript(TextWriter output, string shell)
    {
        output.WriteLine(shell switch
        {
            "bash" => """
                # hero tab completion for bash: add  eval "$(hero completion bash)"  to ~/.bashrc
                _hero_complete() {
                  local IFS=$'\n'
                  COMPREPLY=($(compgen -W "$(hero __complete --position "$COMP_POINT" -- "$COMP_LINE" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
                }
                complete -o default -F _hero_complete hero
                """,
            "zsh" => """
                # hero tab completion for zsh: add  eval "$(hero completion zsh)"  to ~/.zshrc
                _hero_complete() {
                  local -a candidates
                  candidates=("${(@f)$(hero __complete --position "$CURSOR" -- "$BUFFER" 2>/dev/null)}")
                  compadd -a candidates
                }
                compdef _hero_complete hero
                """,
            _ => """
                # hero tab completion for PowerShell: add  hero completion pwsh | Out-String | Invoke-Expression  to $PROFILE
                Register-ArgumentCompleter -Native -CommandName hero -ScriptBlock {
                  param($wordToComplete, $commandAst, $cursorPosition)
                  hero __complete --position $cursorPosition -- "$commandAst" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                  }
                }
                """,
        });
        return HeroCli.Ok;
    }

    /// <summary>Prints the candidates for the word at <paramref name="position"/> of <paramref name="line"/>, one per line.</summary>
    public static int Complete(Command root, TextWriter output, string line, int? position)
    {
        var cursor = Math.Min(position ?? line.Length, line.Length);

        // The shells pass the whole line, program name included; the parser wants what follows it.
        var trimmed = line.TrimStart();
        var offset = line.Length - trimmed.Length;
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var skip = offset + (space < 0 ? trimmed.Length : space + 1);
        var rest = skip <= line.Length ? line[skip..] : string.Empty;
        var parse = root.Parse(rest);
        foreach (var item in parse.GetCompletions(Math.Max(0, cursor - skip)))
        {
            output.WriteLine(item.Label);
        }

        return HeroCli.Ok;
    }
}
