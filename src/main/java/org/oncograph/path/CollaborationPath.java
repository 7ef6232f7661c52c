package org.oncograph.path;

import java.util.List;

import org.oncograph.entity.Entity;

/**
 * A chain of relationships between two entities: its nodes from start to end and one step
 * per relationship.
 */
public record CollaborationPath(int length, List<Entity> nodes, List<PathStep> steps) {
}
