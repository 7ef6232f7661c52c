package org.oncograph.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oncograph.error.ErrorResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a GraphQL request whose body is larger than the limit, before anything
 * parses it. A body without a declared length is read up to the limit and refused if it
 * goes beyond.
 */
class BodySizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	BodySizeFilter(DataSize maxBodySize) {
		this.maxBytes = maxBodySize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response);
			return;
		}
		if (declared < 0 && "POST".equals(request.getMethod())) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(this.maxBytes + 1, Integer.MAX_VALUE));
			if (body.length > this.maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new CachedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A complete answer (with its length, so no chunk is left open) that closes the
	 * connection: the client may still be sending the body nobody will read.
	 */
	private void refuse(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CONNECTION, "close");
		ErrorResponses.write(response, HttpStatus.CONTENT_TOO_LARGE.value(),
				"The request body is larger than " + this.maxBytes + " bytes (oncograph.limits.max-body-size).",
				"BAD_REQUEST");
	}

}
