package io.newsflow.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JIT compiler's accumulated time (all compiler threads, {@link CompilationMXBean}): how much of a measured
 * phase the JVM still spent compiling, which on two cores is taken from the pipeline. A service that has run for
 * some minutes has compiled its hot code; a benchmark of a minute or two has not quite.
 */
final class CompilerTime {
    private CompilerTime() {
    }

    /** Milliseconds compiled so far, or 0 when the JVM does not tell. */
    static long millis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : 0;
    }
}
