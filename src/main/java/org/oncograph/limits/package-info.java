/**
 * What one request may cost: operations and aliases per document, query depth, query
 * complexity (list fields multiply), request body size and time. Safe defaults, each
 * configurable under {@code oncograph.limits}.
 */
@NullMarked
package org.oncograph.limits;

import org.jspecify.annotations.NullMarked;
