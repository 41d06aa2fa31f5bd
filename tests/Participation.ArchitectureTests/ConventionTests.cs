using System.Reflection;
using System.Runtime.CompilerServices;
using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain;

namespace Participation.ArchitectureTests;

/// <summary>Conventions every module follows, each selected by the interface that defines the kind of type.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] HandlerContracts =
    [
        typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(INotificationHandler<>), typeof(IIntegrationEventHandler<>),
    ];

    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        var handlers = Solution.Layer("Application").SelectMany(application => HandlerContracts.SelectMany(application.Implementing)).Distinct().ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, handler => Assert.True(handler is { IsPublic: false, IsNestedPublic: false, IsSealed: true }, $"{handler.FullName} must be internal sealed"));
    }

    [Fact]
    public void Business_rules_are_internal_sealed_and_live_in_a_domain()
    {
        var rules = Solution.Layer("Domain").SelectMany(domain => domain.Implementing(typeof(IBusinessRule))).ToList();
        var elsewhere = Solution.AllModuleAssemblies.Where(assembly => !assembly.GetName().Name!.EndsWith(".Domain", StringComparison.Ordinal))
            .SelectMany(assembly => assembly.Implementing(typeof(IBusinessRule)));

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.True(rule is { IsPublic: false, IsSealed: true }, $"{rule.FullName} must be internal sealed"));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Commands_queries_and_notifications_are_sealed()
    {
        var messages = Solution.AllModuleAssemblies.SelectMany(assembly => assembly.Implementing(typeof(IMessage))).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, message => Assert.True(message.IsSealed, $"{message.FullName} must be a sealed record"));
    }

    [Fact]
    public void Domain_and_integration_events_are_immutable()
    {
        var events = Solution.AllModuleAssemblies
            .SelectMany(assembly => assembly.Implementing(typeof(IDomainEvent)).Concat(assembly.Implementing(typeof(IIntegrationEvent))))
            .ToList();

        Assert.NotEmpty(events);
        Assert.All(events, domainEvent =>
        {
            Assert.True(domainEvent.IsSealed, $"{domainEvent.FullName} must be sealed");
            Assert.All(
                domainEvent.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic),
                property => Assert.True(property.SetMethod is null || IsInitOnly(property.SetMethod), $"{domainEvent.Name}.{property.Name} must not be settable after construction"));
            Assert.All(
                domainEvent.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic),
                field => Assert.True(field.IsInitOnly, $"{domainEvent.Name}.{field.Name} must be read-only"));
        });
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
