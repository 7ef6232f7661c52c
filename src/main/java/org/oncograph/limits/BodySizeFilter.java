package org.oncograph.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a GraphQL request whose body is larger than the limit, before anything parses it. A body
 * without a declared length is read up to the limit and refused if it goes beyond.
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
	 * A complete answer (with its length, so no chunk is left open) that closes the connection: the client may still be
	 * sending the body nobody will read.
	 */
	private void refuse(HttpServletResponse response) throws IOException {
		byte[] body = ("{\"errors\":[{\"message\":\"The request body is larger than " + this.maxBytes
				+ " bytes (oncograph.limits.max-body-size).\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
