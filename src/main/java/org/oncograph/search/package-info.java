/**
 * Full-text search over the two name indexes (Russian morphology; English and Latin
 * spellings), tolerant of one typo per word and of prefixes, with the user's text always
 * searched literally.
 */
@NullMarked
package org.oncograph.search;

import org.jspecify.annotations.NullMarked;
