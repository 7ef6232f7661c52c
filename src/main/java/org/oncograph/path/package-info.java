/**
 * Collaboration paths: the shortest and k shortest chains of affiliations, memberships, participations and
 * cooperations between two entities, each step with its sources and a readable sentence, and how close two
 * entities are. The relation kinds and the collaboration projection are shared with analytics and export.
 */
@NullMarked
package org.oncograph.path;

import org.jspecify.annotations.NullMarked;
