package org.oncograph.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;

/**
 * The rate limits of the GraphQL API for an HTTP endpoint that measures its own cost
 * ({@code /reconcile}): the same clients and the same budgets, so that a client cannot
 * double its share by calling both. With admission off it spends nothing.
 */
public final class Admission {

	private final Client.Resolver clients;

	private final @Nullable RateLimits rateLimits;

	Admission(Client.Resolver clients, @Nullable RateLimits rateLimits) {
		this.clients = clients;
		this.rateLimits = rateLimits;
	}

	/**
	 * Spends {@code points} of the budget of the request's client (its API key or JWT
	 * subject, else its address) and sets the {@code RateLimit-*} headers; throws a
	 * RATE_LIMITED {@link OncoGraphException.Refused} (spending nothing) when the budget
	 * does not hold them, a BAD_REQUEST when no budget ever could.
	 */
	public void spend(HttpServletRequest request, HttpServletResponse response, long points) {
		if (this.rateLimits == null) {
			return;
		}
		Client client = (request.getAttribute(Client.ATTRIBUTE) instanceof Client known) ? known
				: this.clients.of(request);
		this.rateLimits.spend(client, points).write(response::setHeader);
	}

}
