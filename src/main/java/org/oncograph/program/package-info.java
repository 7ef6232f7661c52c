/** Programs and projects: lookup, list, participants, topics, parent and events. */
@NullMarked
package org.oncograph.program;

import org.jspecify.annotations.NullMarked;
