/**
 * The W3C Reconciliation Service API, version 0.2, at {@code /reconcile}: the manifest,
 * reconciliation of names (single and batch) scored by name, kind and property
 * constraints, suggest services, HTML previews and data extension, so that OpenRefine and
 * other reconciliation clients can link a spreadsheet's column to the graph.
 */
@NullMarked
package org.oncograph.reconcile;

import org.jspecify.annotations.NullMarked;
