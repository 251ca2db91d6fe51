package io.newsflow.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples heap use (MemoryMXBean) and resident memory every 200 ms while the benchmark runs, keeping the peaks;
 * {@link #liveHeap()} measures the heap that survives a full collection, i.e. what the running stages hold.
 * The heap is the whole process's: the embedded broker runs in it too.
 */
final class MemorySampler implements AutoCloseable {
    private static final long EVERY_MS = 200;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-memory");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakLiveHeap = new AtomicLong();
    private final long gcMillisAtStart = gcMillis();

    MemorySampler() {
        sampler.scheduleAtFixedRate(this::sample, 0, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** Collects garbage and records the heap still in use (call while the stages run). */
    @SuppressWarnings("java:S1215") // a deliberate full collection: this is the measurement
    void liveHeap() {
        System.gc();
        peakLiveHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    Snapshot snapshot() {
        sample();
        ProcessMemory process = ProcessMemory.read();
        return new Snapshot(peakHeap.get(), peakLiveHeap.get(), memory.getHeapMemoryUsage().getMax(),
                process.peakRssBytes(), gcMillis() - gcMillisAtStart);
    }

    private void sample() {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /**
     * @param peakHeapBytes     the most heap in use at a sample
     * @param liveHeapBytes     the most heap in use right after a full collection with the stages running
     * @param maxHeapBytes      the heap limit (-Xmx)
     * @param peakRssBytes      the process's peak resident memory (VmHWM), -1 when unknown
     * @param gcMillis          time spent collecting garbage during the benchmark
     */
    record Snapshot(long peakHeapBytes, long liveHeapBytes, long maxHeapBytes, long peakRssBytes, long gcMillis) {
    }
}
