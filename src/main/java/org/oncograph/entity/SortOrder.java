package org.oncograph.entity;

/**
 * The orders of the schema's {@code EntitySort} and {@code EventSort}, each a fixed ORDER
 * BY over {@code n}.
 */
public enum SortOrder {

	NAME("toLower(n.name), n.id"), NAME_DESC("toLower(n.name) DESC, n.id"), NAME_EN("toLower(n.nameEn), n.id"),
	ID("n.id"), DATE("n.date IS NULL, n.date, toLower(n.name), n.id"),
	DATE_DESC("n.date IS NULL, n.date DESC, toLower(n.name), n.id");

	private final String orderBy;

	SortOrder(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

}
