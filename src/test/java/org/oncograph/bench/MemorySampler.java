package org.oncograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the heap in use and the process's resident memory ({@code VmRSS}) every 100 ms,
 * keeping the peaks.
 */
final class MemorySampler {

	private volatile long heapPeak;

	private volatile long rssPeak;

	MemorySampler() {
		Thread.ofPlatform().daemon().name("memory-sampler").start(() -> {
			while (true) {
				sample();
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	synchronized void reset() {
		this.heapPeak = 0;
		this.rssPeak = 0;
		sample();
	}

	long heapPeakMb() {
		return this.heapPeak / (1024 * 1024);
	}

	long rssPeakMb() {
		return this.rssPeak / (1024 * 1024);
	}

	private synchronized void sample() {
		this.heapPeak = Math.max(this.heapPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		this.rssPeak = Math.max(this.rssPeak, statusKb("VmRSS:") * 1024);
	}

	/**
	 * A line of /proc/self/status in kB ({@code VmRSS}, {@code VmHWM}); 0 where there is
	 * no /proc.
	 */
	static long statusKb(String key) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith(key)) {
					return Long.parseLong(line.substring(key.length()).replace("kB", "").trim());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return 0;
	}

}
