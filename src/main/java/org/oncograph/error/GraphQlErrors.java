package org.oncograph.error;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place request failures become GraphQL errors: a NOT_FOUND naming the id, a
 * BAD_REQUEST naming the argument and what is allowed, a TIMEOUT when a computation
 * stopped at the request's time budget or a transaction (a statement or its commit) at
 * the transaction timeout, UNAUTHORIZED or FORBIDDEN for a field the caller may not use,
 * and for anything unexpected an INTERNAL_ERROR without details (those go to the log,
 * never to the client: no stack trace, no class name).
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	/**
	 * Not one of Spring's {@link ErrorType}s: the request was valid, the answer took
	 * longer than it may.
	 */
	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	/** The request's GraphQL context holds this once one of its failures is logged. */
	private static final String LOGGED = GraphQlErrors.class.getName() + ".logged";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@GraphQlExceptionHandler
	GraphQLError notFound(OncoGraphException.NotFound ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("id", ex.id()));
	}

	@GraphQlExceptionHandler
	GraphQLError badRequest(OncoGraphException.BadRequest ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("argument", ex.argument()));
	}

	/**
	 * A computation stopped at the request's time budget: a TIMEOUT error saying what was
	 * done, never a 503.
	 */
	@GraphQlExceptionHandler
	GraphQLError timedOut(OncoGraphException.TimedOut ex, DataFetchingEnvironment environment) {
		return error(environment, TIMEOUT, ex.getMessage(), Map.of("field", ex.field()));
	}

	/**
	 * A field whose work is at its concurrency limit (or whose client's budget is spent):
	 * OVERLOADED or RATE_LIMITED, saying when to ask again.
	 */
	@GraphQlExceptionHandler
	GraphQLError refused(OncoGraphException.Refused ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorClassification.errorClassification(ex.reason().name()), ex.getMessage(),
				Map.of(ErrorResponses.RETRY_AFTER, ex.retryAfterSeconds()));
	}

	/**
	 * A transaction stopped at the transaction timeout ({@code ONCOGRAPH_QUERY_TIMEOUT}),
	 * as the paths across a hub of a large graph may: a TIMEOUT error, since the request
	 * was valid, whether a statement met the timeout (a {@link DataAccessException}) or
	 * the commit did (a {@link TransactionException}, see
	 * {@code database.TransactionConfiguration}); anything else from the database is
	 * unexpected.
	 */
	@GraphQlExceptionHandler({ DataAccessException.class, TransactionException.class })
	GraphQLError database(NestedRuntimeException ex, DataFetchingEnvironment environment) {
		if (!ErrorResponses.transactionTimedOut(ex)) {
			return unexpected(ex, environment);
		}
		String field = environment.getField().getName();
		if (firstInRequest(environment)) {
			log.warn("'{}' at {} stopped at the transaction timeout ({})", field,
					environment.getExecutionStepInfo().getPath(),
					(ex instanceof TransactionException) ? "at commit" : "in a statement");
		}
		return error(environment, TIMEOUT, "'" + field + "' took longer than the server's query timeout"
				+ " (ONCOGRAPH_QUERY_TIMEOUT) and was stopped; ask for less (fewer hops, a smaller k or depth, more"
				+ " excluded entities).", Map.of("field", field));
	}

	/**
	 * A field stopped because its request was cancelled (it read more rows than it may,
	 * or its client went away): nothing unexpected, nothing to log; the request's answer
	 * says why.
	 */
	@GraphQlExceptionHandler
	GraphQLError cancelled(AbortExecutionException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.BAD_REQUEST, "The request was stopped before this field was read.",
				Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(BindException ex, DataFetchingEnvironment environment) {
		String fields = ex.getFieldErrors()
			.stream()
			.map(error -> "'" + error.getField() + "'")
			.distinct()
			.collect(Collectors.joining(", "));
		return error(environment, ErrorType.BAD_REQUEST, "Invalid value for argument " + fields + ".", Map.of());
	}

	/**
	 * A field guarded by a role ({@code @PreAuthorize}): UNAUTHORIZED without a token,
	 * FORBIDDEN when the token's roles do not include the one the field needs.
	 */
	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		Authentication authentication = authentication(environment);
		String field = environment.getField().getName();
		if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
			return error(environment, ErrorType.UNAUTHORIZED, "'" + field
					+ "' needs a bearer token: a JWT or an API key" + " with the role curator (admin to retract).",
					Map.of());
		}
		return error(environment, ErrorType.FORBIDDEN, "'" + field + "' is not allowed for '" + authentication.getName()
				+ "': adding facts needs the role curator, retracting them the role admin.", Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.UNAUTHORIZED, "The bearer token is invalid or expired.", Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Exception ex, DataFetchingEnvironment environment) {
		if (firstInRequest(environment)) {
			log.error("Request failed at {}", environment.getExecutionStepInfo().getPath(), ex);
		}
		return error(environment, ErrorType.INTERNAL_ERROR,
				"The server could not answer this field; the failure is in its log.", Map.of());
	}

	/**
	 * Whether this is the first failure of its request to be logged: one failing batch
	 * fails a field of every entity in it (a fan-out over a hub, thousands), and one line
	 * says it all.
	 */
	private static boolean firstInRequest(DataFetchingEnvironment environment) {
		return environment.getGraphQlContext()
			.<AtomicBoolean>computeIfAbsent(LOGGED, key -> new AtomicBoolean())
			.compareAndSet(false, true);
	}

	/**
	 * The caller: from the security context the request captured into the GraphQL context
	 * (this handler may run on another thread than the request), else from this thread's.
	 */
	private static @Nullable Authentication authentication(DataFetchingEnvironment environment) {
		SecurityContext captured = environment.getGraphQlContext().get(SecurityContext.class.getName());
		return (captured != null) ? captured.getAuthentication()
				: SecurityContextHolder.getContext().getAuthentication();
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorClassification type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(type)
			.message(message)
			.extensions(extensions)
			.build();
	}

}
