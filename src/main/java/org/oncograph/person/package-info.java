/** People: lookup, list, and their affiliations, memberships, events, programs and cooperation. */
@NullMarked
package org.oncograph.person;

import org.jspecify.annotations.NullMarked;
