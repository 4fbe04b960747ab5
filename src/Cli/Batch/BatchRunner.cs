using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ComplianceGen.Cli.Batch;

/// <summary>
/// Checks documents on a fixed number of workers and hands the outcomes to the caller in input
/// order. At most <c>window</c> documents are in flight or waiting to be emitted, so memory is
/// bounded however many documents there are and however slow any one of them is.
/// </summary>
public static class BatchRunner
{
    public static void Run(IReadOnlyList<string> files, Func<string, DocumentOutcome> check, Action<DocumentOutcome> emit, int workers)
    {
        if (files.Count == 0) return;
        workers = Math.Max(1, Math.Min(workers, files.Count));
        int window = workers * 4;
        using var slots = new SemaphoreSlim(window, window);
        var queue = Channel.CreateBounded<int>(new BoundedChannelOptions(window) { SingleWriter = true });
        var ready = new Dictionary<int, DocumentOutcome>();
        var gate = new object();
        using var cancel = new CancellationTokenSource();

        var producer = Task.Run(async () =>
        {
            try
            {
                for (int i = 0; i < files.Count; i++)
                {
                    await slots.WaitAsync(cancel.Token).ConfigureAwait(false);
                    await queue.Writer.WriteAsync(i, cancel.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped (an output error); nothing more to schedule.
            }
            finally
            {
                queue.Writer.TryComplete();
            }
        });

        var consumers = new Task[workers];
        for (int w = 0; w < workers; w++)
        {
            consumers[w] = Task.Run(async () =>
            {
                await foreach (int index in queue.Reader.ReadAllAsync().ConfigureAwait(false))
                {
                    var outcome = check(files[index]);
                    lock (gate)
                    {
                        ready[index] = outcome;
                        Monitor.PulseAll(gate);
                    }
                }
            });
        }

        try
        {
            for (int next = 0; next < files.Count; next++)
            {
                DocumentOutcome outcome;
                lock (gate)
                {
                    while (!ready.TryGetValue(next, out outcome!))
                    {
                        if (AllFaulted(consumers)) throw new InvalidOperationException("every batch worker stopped", FirstFault(consumers));
                        Monitor.Wait(gate, 200);
                    }
                    ready.Remove(next);
                }
                emit(outcome);
                slots.Release();
            }
        }
        finally
        {
            cancel.Cancel();
            try
            {
                Task.WaitAll(consumers);
                producer.Wait();
            }
            catch (AggregateException)
            {
                // Already reported through the emit loop or by the exception in flight.
            }
        }
    }

    private static bool AllFaulted(Task[] tasks)
    {
        foreach (var task in tasks) if (!task.IsCompleted) return false;
        return true;
    }

    private static Exception? FirstFault(Task[] tasks)
    {
        foreach (var task in tasks) if (task.Exception is not null) return task.Exception;
        return null;
    }
}
