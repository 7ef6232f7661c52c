/** Cities and countries: lookup, list, and what is located in them. */
@NullMarked
package org.oncograph.place;

import org.jspecify.annotations.NullMarked;
