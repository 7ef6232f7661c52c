package org.oncograph.curation;

/**
 * Published inside the write transaction of every mutation that changed the graph;
 * listeners that cache what they read from the graph drop it once the transaction commits
 * ({@code @TransactionalEventListener}).
 *
 * @param mutation the mutation that wrote
 */
public record GraphChanged(String mutation) {
}
