using System.Collections.Concurrent;

namespace PressDesk.Workers;

// Runs an async loop on a thread of its own, with every continuation posted back to that thread.
// A busy thread pool (pages being rendered) then cannot hold back a timer that has just fired:
// the alert worker's lateness stays its own.
public static class DedicatedThread
{
    public static Task RunAsync(string name, Func<Task> loop)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var context = new LoopContext();
            SynchronizationContext.SetSynchronizationContext(context);
            Task task;
            try
            {
                task = loop();
            }
            catch (Exception e)
            {
                task = Task.FromException(e);
            }
            task.ContinueWith(_ => context.Complete(), TaskScheduler.Default);
            context.RunUntilComplete();
            if (task.IsFaulted) done.SetException(task.Exception!.InnerExceptions);
            else if (task.IsCanceled) done.SetCanceled();
            else done.SetResult();
        })
        {
            Name = name,
            IsBackground = true,
            Priority = ThreadPriority.AboveNormal,
        };
        thread.Start();
        return done.Task;
    }

    private sealed class LoopContext : SynchronizationContext
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

        public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

        public void Complete() => _queue.CompleteAdding();

        public void RunUntilComplete()
        {
            foreach (var (callback, state) in _queue.GetConsumingEnumerable()) callback(state);
        }
    }
}
