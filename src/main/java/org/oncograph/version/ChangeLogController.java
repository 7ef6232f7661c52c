package org.oncograph.version;

import org.oncograph.graphql.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code graphVersion} and {@code changes}: one read each. */
@Controller
class ChangeLogController {

	private final ChangeLog log;

	private final Paging paging;

	ChangeLogController(ChangeLog log, Paging paging) {
		this.log = log;
		this.paging = paging;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	long graphVersion() {
		return this.log.version();
	}

	@QueryMapping
	@Transactional(readOnly = true)
	ChangeLog.Page changes(@Argument int after, @Argument int first) {
		return this.log.page(after, this.paging.size("first", first));
	}

}
