/**
 * Collaboration paths: the shortest and k shortest chains of affiliations, memberships,
 * participations and cooperations between two entities, each step with its sources and a
 * readable sentence, and how close two entities are. A search's arguments are one record,
 * {@link org.oncograph.path.PathArguments}, holding every check, bound by
 * {@code collaborationPaths}, {@code pathGraph} and {@code /export/path.*} alike.
 */
@NullMarked
package org.oncograph.path;

import org.jspecify.annotations.NullMarked;
