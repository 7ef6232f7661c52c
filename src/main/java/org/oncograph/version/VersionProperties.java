package org.oncograph.version;

import java.time.Duration;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the graph's version and change log.
 *
 * @param retention how many of the latest changes the log keeps; each write drops those
 * older in its own transaction, so the log never holds more
 * @param pollInterval how often each replica reads the version, so that a write made
 * elsewhere (another replica, {@code cypher-shell} through the app's tools) invalidates
 * its caches at most this long after it committed
 */
@ConfigurationProperties("oncograph.version")
record VersionProperties(@DefaultValue("10000") int retention, @DefaultValue("1s") Duration pollInterval) {

	static final int MAX_RETENTION = 1_000_000;

	static final Duration MIN_POLL_INTERVAL = Duration.ofMillis(50);

	static final Duration MAX_POLL_INTERVAL = Duration.ofMinutes(1);

	VersionProperties {
		if (retention < 1 || retention > MAX_RETENTION) {
			throw new OncoGraphException.Startup("oncograph.version.retention is " + retention + ".",
					"Set ONCOGRAPH_CHANGE_LOG_RETENTION to a number of changes from 1 to " + MAX_RETENTION + ".", null);
		}
		if (pollInterval.compareTo(MIN_POLL_INTERVAL) < 0 || pollInterval.compareTo(MAX_POLL_INTERVAL) > 0) {
			throw new OncoGraphException.Startup("oncograph.version.poll-interval is " + pollInterval + ".",
					"Set ONCOGRAPH_VERSION_POLL_INTERVAL to a duration from 50ms to 1m, such as 1s.", null);
		}
	}

}
