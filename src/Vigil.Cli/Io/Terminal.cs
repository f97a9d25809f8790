using Spectre.Console;

namespace Vigil.Cli.Io;

/// <summary>The consoles commands write to: data on <see cref="Out"/> (stdout), messages and warnings on <see cref="Error"/> (stderr).</summary>
/// <remarks>
/// A redirected stream gets no ANSI codes and a fixed width of <see cref="RedirectedWidth"/> columns, so tables written
/// to a file or a pipe keep their shape instead of wrapping at the 80 columns Spectre assumes without a terminal.
/// </remarks>
internal static class Terminal
{
    public const int RedirectedWidth = 200;

    private static readonly Lazy<IAnsiConsole> OutConsole = new(() => Create(Console.Out, Console.IsOutputRedirected));
    private static readonly Lazy<IAnsiConsole> ErrorConsole = new(() => Create(Console.Error, Console.IsErrorRedirected));

    public static IAnsiConsole Out => OutConsole.Value;
    public static IAnsiConsole Error => ErrorConsole.Value;

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (redirected) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
