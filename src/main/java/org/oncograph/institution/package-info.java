/** Institutions: lookup, list, location, hierarchy, people, members, cooperation, events and programs. */
@NullMarked
package org.oncograph.institution;

import org.jspecify.annotations.NullMarked;
