package org.oncograph.error;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a startup failure of ours as its message and the action that fixes it, without a
 * stack trace.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<OncoGraphException.Startup> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OncoGraphException.Startup cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
