/** Topics: lookup, list, and the events and programs about them. */
@NullMarked
package org.oncograph.topic;

import org.jspecify.annotations.NullMarked;
