package org.oncograph.curation;

/** A source and the words of it that state a fact: the schema's {@code EvidenceInput}. */
record EvidenceInput(String source, String evidence) {
}
