/**
 * Who may do what: reads are public (or need a token when configured), writes need a
 * bearer token, a JWT (from a JWKS URI or signed with a shared secret) or a configured
 * API key, with the role curator or admin.
 */
@NullMarked
package org.oncograph.security;

import org.jspecify.annotations.NullMarked;
