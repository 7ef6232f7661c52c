package org.oncograph.entity;

/** An entity named by a source, with the words that name it. */
public record Mention(Entity entity, String evidence) {
}
