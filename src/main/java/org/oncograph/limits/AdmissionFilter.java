package org.oncograph.limits;

import java.io.IOException;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oncograph.error.ErrorResponses;
import org.oncograph.error.OncoGraphException;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits requests to {@code /graphql} and {@code /export/}, after authentication: finds
 * the {@link Client}; refuses a GraphQL request at once, unparsed, when its client has no
 * point left (its cost is spent once known, {@link CostInstrumentation}); and makes an
 * export spend its fixed cost and hold a permit of the exports bulkhead until its answer
 * is written, however long it streams.
 */
class AdmissionFilter extends OncePerRequestFilter {

	private final String graphQlPath;

	private final Client.Resolver clients;

	private final RateLimits rateLimits;

	private final Bulkheads bulkheads;

	private final int exportCost;

	AdmissionFilter(String graphQlPath, Client.Resolver clients, RateLimits rateLimits, Bulkheads bulkheads,
			int exportCost) {
		this.graphQlPath = graphQlPath;
		this.clients = clients;
		this.rateLimits = rateLimits;
		this.bulkheads = bulkheads;
		this.exportCost = exportCost;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "OPTIONS".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Client client = this.clients.of(request);
		request.setAttribute(Client.ATTRIBUTE, client);
		if (this.graphQlPath.equals(request.getRequestURI())) {
			RateLimits.Balance balance = this.rateLimits.balance(client);
			if (balance.remaining() < 1) {
				balance.write(response::setHeader);
				ErrorResponses.write(response, this.rateLimits.exhausted(client, balance));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		Bulkheads.Permit permit;
		try {
			this.rateLimits.spend(client, this.exportCost).write(response::setHeader);
			try {
				permit = this.bulkheads.enter(Work.EXPORTS, 1);
			}
			catch (OncoGraphException.Refused ex) {
				this.rateLimits.refund(client, this.exportCost);
				throw ex;
			}
		}
		catch (OncoGraphException.Refused ex) {
			ErrorResponses.write(response, ex);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new Release(permit));
			}
			else {
				permit.close();
			}
		}
	}

	/**
	 * Gives the permit back when an export that streams is complete, however it ends (a
	 * timeout or an error completes it too).
	 */
	private record Release(Bulkheads.Permit permit) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.permit.close();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			// The container completes the request next: onComplete.
		}

		@Override
		public void onError(AsyncEvent event) {
			// As on a timeout.
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
