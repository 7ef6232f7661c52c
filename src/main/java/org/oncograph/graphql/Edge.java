package org.oncograph.graphql;

/** A node of a page with its cursor. */
public record Edge<T>(T node, String cursor) {
}
