package org.oncograph.limits;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who spends a budget: an API key's name or a JWT's subject ({@code authenticated}), else
 * the address the request came from.
 *
 * @param id {@code user:<name>} or {@code address:<ip>}
 * @param authenticated whether a valid bearer token named it
 */
record Client(String id, boolean authenticated) {

	/** The request attribute that holds the request's client. */
	static final String ATTRIBUTE = Client.class.getName();

	/**
	 * Tells clients apart by their credentials, else by their address: the connection's,
	 * or, from a trusted proxy, the nearest address in {@code X-Forwarded-For} that is
	 * not itself a trusted proxy (whatever a client writes further left is not believed).
	 */
	record Resolver(List<IpAddressMatcher> trustedProxies) {

		static Resolver trusting(List<String> proxies) {
			return new Resolver(
					proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(IpAddressMatcher::new).toList());
		}

		Client of(HttpServletRequest request) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken)
					&& !authentication.getName().isBlank()) {
				return new Client("user:" + authentication.getName(), true);
			}
			return new Client("address:" + address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
					false);
		}

		String address(String remote, @Nullable String forwardedFor) {
			if (forwardedFor == null || !trusted(remote)) {
				return remote;
			}
			String[] hops = forwardedFor.split(",");
			String client = remote;
			for (int i = hops.length - 1; i >= 0; i--) {
				String hop = hops[i].strip();
				if (!literalAddress(hop)) {
					break;
				}
				client = hop;
				if (!trusted(hop)) {
					break;
				}
			}
			return client;
		}

		/**
		 * Whether this is an IPv4 or IPv6 address (a host name is not: it is never looked
		 * up).
		 */
		private static boolean literalAddress(String text) {
			if (text.isEmpty()) {
				return false;
			}
			try {
				new IpAddressMatcher(text);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private boolean trusted(String address) {
			for (IpAddressMatcher proxy : this.trustedProxies) {
				if (proxy.matches(address)) {
					return true;
				}
			}
			return false;
		}

	}

}
