/** Associations and unions: lookup, list, members, parts, cooperation and events. */
@NullMarked
package org.oncograph.association;

import org.jspecify.annotations.NullMarked;
