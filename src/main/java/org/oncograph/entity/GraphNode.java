package org.oncograph.entity;

/** A node with a stable id: the GraphQL {@code Node} interface. */
public interface GraphNode {

	String id();

}
