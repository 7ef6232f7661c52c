package org.oncograph.graphql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags each {@code graphql.request} timer with the operation's name, so
 * {@code /actuator/prometheus} gives timings per operation
 * ({@code graphql_operation_name="Search"}); unnamed operations share "anonymous".
 */
@Component
class OperationTimings extends DefaultExecutionRequestObservationConvention {

	private static final Pattern NAMED_OPERATION = Pattern
		.compile("(?:\\s|#[^\\n]*\\n)*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context)
			.and(KeyValue.of("graphql.operation.name", operationName(context.getExecutionInput())));
	}

	/**
	 * The requested {@code operationName}, else the name of the document's first
	 * operation.
	 */
	static String operationName(ExecutionInput input) {
		if (input.getOperationName() != null && !input.getOperationName().isBlank()) {
			return input.getOperationName();
		}
		Matcher named = NAMED_OPERATION.matcher(input.getQuery());
		return named.lookingAt() ? named.group(1) : "anonymous";
	}

}
