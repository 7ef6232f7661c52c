/**
 * The exception family of OncoGraph and the one place each kind is turned into what a
 * user sees.
 */
@NullMarked
package org.oncograph.error;

import org.jspecify.annotations.NullMarked;
