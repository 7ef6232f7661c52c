package org.oncograph.export;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the whole-graph exports and the dump.
 *
 * @param pageSize nodes read per page (one statement, one short transaction) while the
 * whole graph or the dump is written, 1 to {@value #MAX_PAGE_SIZE}
 */
@ConfigurationProperties("oncograph.export")
record ExportProperties(@DefaultValue("10000") int pageSize) {

	static final int MAX_PAGE_SIZE = 100_000;

	ExportProperties {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new OncoGraphException.Startup(
					"oncograph.export.page-size is " + pageSize + ", outside 1.." + MAX_PAGE_SIZE + ".",
					"Set ONCOGRAPH_EXPORT_PAGE_SIZE to a number from 1 to " + MAX_PAGE_SIZE
							+ ": a page is read in one transaction, which must end within the transaction timeout.",
					null);
		}
	}

}
