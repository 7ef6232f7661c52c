package org.oncograph.path;

/** The language of explanations: the GraphQL enum {@code Lang} (values {@code ru}, {@code en}). */
public enum Lang {

	ru, en

}
