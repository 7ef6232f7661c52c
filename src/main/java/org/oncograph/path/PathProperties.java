package org.oncograph.path;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the path search.
 *
 * @param maxHops the longest path a request may ask for ({@code maxHops}), 1 to
 * {@value PathArguments#MAX_HOPS}
 */
@ConfigurationProperties("oncograph.path")
record PathProperties(@DefaultValue("8") int maxHops) {

	PathProperties {
		if (maxHops < 1 || maxHops > PathArguments.MAX_HOPS) {
			throw new OncoGraphException.Startup(
					"oncograph.path.max-hops is " + maxHops + ", outside 1.." + PathArguments.MAX_HOPS + ".",
					"Set ONCOGRAPH_MAX_HOPS to a number from 1 to " + PathArguments.MAX_HOPS
							+ ": longer paths make the search too costly.",
					null);
		}
	}

}
