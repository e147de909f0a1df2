package org.quanze.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak of the heap while something runs, sampled every 50 ms (after a GC hint at the start,
 * so that what came before does not count): the heap in use (garbage not yet collected included,
 * so it grows with -Xmx), and the heap left after a collection (what was still reachable: closer
 * to what the load needs).
 */
final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;

    HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                long afterGc = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
                peakAfterGc = Math.max(peakAfterGc, afterGc);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The peak of the heap in use, in bytes so far. */
    long peak() {
        return peak;
    }

    /** The peak of the heap left after a collection, in bytes so far. */
    long peakAfterGc() {
        return peakAfterGc;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
