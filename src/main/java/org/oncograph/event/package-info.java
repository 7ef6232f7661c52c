/** Events: lookup, the timeline, and where, by whom and about what they were held. */
@NullMarked
package org.oncograph.event;

import org.jspecify.annotations.NullMarked;
