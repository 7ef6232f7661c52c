package org.oncograph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.oncograph.error.OncoGraphException;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of OncoGraph as Spring Security authorities: {@code ROLE_curator},
 * {@code ROLE_admin}.
 */
final class Roles {

	private Roles() {
	}

	/** The authorities of configured roles; an unknown role stops startup. */
	static List<SimpleGrantedAuthority> authorities(Collection<String> roles, String property) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		for (String role : roles) {
			String name = role.strip().toLowerCase(Locale.ROOT);
			if (!SecurityProperties.ROLES.contains(name)) {
				throw new OncoGraphException.Startup(
						property + " names the role '" + role + "', which OncoGraph does not have.",
						"Use " + String.join(" or ", SecurityProperties.ROLES) + ".", null);
			}
			authorities.add(new SimpleGrantedAuthority("ROLE_" + name));
		}
		return authorities;
	}

	/**
	 * The authorities of the roles a token claims; roles OncoGraph does not have are
	 * ignored.
	 */
	static List<SimpleGrantedAuthority> claimed(Collection<?> roles) {
		return roles.stream()
			.map(role -> String.valueOf(role).strip().toLowerCase(Locale.ROOT))
			.filter(SecurityProperties.ROLES::contains)
			.distinct()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
