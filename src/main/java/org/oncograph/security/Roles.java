package org.oncograph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.oncograph.error.OncoGraphException;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of OncoGraph as Spring Security authorities: {@code ROLE_curator},
 * {@code ROLE_admin}.
 */
final class Roles {

	private Roles() {
	}

	/**
	 * The authorities of configured roles, named exactly; an unknown role stops startup.
	 */
	static List<SimpleGrantedAuthority> authorities(Collection<String> roles, String property) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		for (String role : roles) {
			String name = role;
			if (!SecurityProperties.ROLES.contains(name)) {
				throw new OncoGraphException.Startup(
						property + " names the role '" + role + "', which OncoGraph does not have.",
						"Use " + String.join(" or ", SecurityProperties.ROLES)
								+ ", exactly so: in lower case, without spaces.",
						null);
			}
			authorities.add(new SimpleGrantedAuthority("ROLE_" + name));
		}
		return authorities;
	}

	/**
	 * The authorities of the roles a token claims, matched exactly ({@code curator},
	 * {@code admin}: not {@code CURATOR}, not {@code " curator "}, which an identity
	 * provider would not send by mistake); others are ignored.
	 */
	static List<SimpleGrantedAuthority> claimed(Collection<?> roles) {
		return roles.stream()
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.filter(SecurityProperties.ROLES::contains)
			.distinct()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
