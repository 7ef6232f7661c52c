package org.oncograph.entity;

/** Where a fact comes from: a source and the words of it that state the fact. */
public record Provenance(Source source, String evidence) {
}
