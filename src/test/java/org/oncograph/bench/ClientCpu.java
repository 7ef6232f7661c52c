package org.oncograph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time, in nanoseconds, of the whole process and of the benchmark client's long-lived
 * threads (the JDK HTTP client's selector and worker threads, all named
 * {@code HttpClient-…}), at one instant. A {@link Measurement} subtracts the client's
 * share (and its sending threads' own) from the process's to get the app's.
 *
 * @param process CPU time of every thread of the process, the JVM's own included
 * @param client CPU time of the live HTTP client threads
 */
record ClientCpu(long process, long client) {

	static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	static ClientCpu now() {
		long client = 0;
		for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("HttpClient-")) {
				long cpu = THREADS.getThreadCpuTime(info.getThreadId());
				client += Math.max(0, cpu);
			}
		}
		return new ClientCpu(OS.getProcessCpuTime(), client);
	}

}
