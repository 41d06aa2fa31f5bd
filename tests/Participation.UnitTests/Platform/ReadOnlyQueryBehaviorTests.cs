using Mediator;
using Participation.BuildingBlocks.Application.Behaviors;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.UnitTests.Platform;

public sealed class ReadOnlyQueryBehaviorTests
{
    [Fact]
    public async Task A_query_runs_with_its_module_read_only_and_tracking_is_restored_after_it()
    {
        var unitOfWork = new RecordingUnitOfWork();
        var behavior = new ReadOnlyQueryBehavior<SampleQuery, bool>(new Locator(unitOfWork));

        var readOnlyWhileHandled = await behavior.Handle(new SampleQuery(), (_, _) => ValueTask.FromResult(unitOfWork.ReadOnlyNow), CancellationToken.None);

        Assert.True(readOnlyWhileHandled);
        Assert.False(unitOfWork.ReadOnlyNow);
    }

    [Fact]
    public async Task A_query_no_module_owns_runs_as_it_is()
    {
        var behavior = new ReadOnlyQueryBehavior<SampleQuery, bool>(new Locator(null));

        Assert.True(await behavior.Handle(new SampleQuery(), (_, _) => ValueTask.FromResult(true), CancellationToken.None));
    }

    public sealed record SampleQuery : IQuery<bool>;

    private sealed class RecordingUnitOfWork : IUnitOfWork
    {
        public bool ReadOnlyNow { get; private set; }

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public IDisposable ReadOnly()
        {
            ReadOnlyNow = true;
            return new Restore(this);
        }

        private sealed class Restore(RecordingUnitOfWork owner) : IDisposable
        {
            public void Dispose() => owner.ReadOnlyNow = false;
        }
    }

    private sealed class Locator(IUnitOfWork? owner) : IUnitOfWorkLocator
    {
        public IUnitOfWork ForMessage(Type messageType) => owner ?? throw new InvalidOperationException();

        public IUnitOfWork? ForMessageIfOwned(Type messageType) => owner;
    }
}
