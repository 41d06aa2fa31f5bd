using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Modules;

namespace Participation.Host;

/// <summary>
/// A host that cannot start says why in one line and exits non-zero: an operator reads the cause, not a stack trace.
/// </summary>
internal static class StartupFailure
{
    /// <summary>The process exit code of a failed start.</summary>
    public const int ExitCode = 1;

    /// <summary>Writes the one line; the exception's own message names what is wrong (the port, the setting, the module).</summary>
    public static int Report(Exception exception)
    {
        Console.Error.WriteLine($"Participation could not start: {Describe(exception)}");
        return ExitCode;
    }

    private static string Describe(Exception exception) => exception switch
    {
        IOException { InnerException: AddressInUseException } bind => OneLine(bind.Message),
        OptionsValidationException invalid => OneLine(string.Join(" ", invalid.Failures)),
        ModuleCompositionException composition => OneLine(composition.Message),
        RequiredSettingException missing => missing.Message,
        NpgsqlException database => $"the database did not answer ({OneLine(database.Message)}); check ConnectionStrings:Participation.",
        AggregateException { InnerExceptions.Count: 1 } single => Describe(single.InnerExceptions[0]),
        _ => $"{exception.GetType().Name}: {OneLine(exception.Message)}",
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>A setting the host cannot run without in its environment; the message names it.</summary>
internal sealed class RequiredSettingException(string message) : Exception(message);
