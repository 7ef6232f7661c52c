package org.oncograph.model;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a sentence about one relationship may say, already in the sentence's language: the
 * names of its start and end (in the stored direction), its role, its status code and its
 * subject.
 */
public record Wording(String start, String end, @Nullable String role, @Nullable String status,
		@Nullable String subject) {

	/** {@code " (role)"}, or nothing without a role. */
	String roleInBrackets() {
		return (this.role != null) ? " (" + this.role + ")" : "";
	}

	/** {@code ": subject"}, or nothing without a subject. */
	String subjectAfterColon() {
		return (this.subject != null) ? ": " + this.subject : "";
	}

	/**
	 * The status in English brackets ({@code " (planned)"}); nothing when active or
	 * unknown.
	 */
	String statusEn() {
		return (this.status == null || this.status.equals("ACTIVE")) ? ""
				: " (" + this.status.toLowerCase(Locale.ROOT) + ")";
	}

	/**
	 * The status in Russian brackets ({@code " (планируется)"}); nothing when active or
	 * unknown.
	 */
	String statusRu() {
		if (this.status == null) {
			return "";
		}
		return switch (this.status) {
			case "PLANNED" -> " (планируется)";
			case "PROPOSED" -> " (предложено)";
			case "COMPLETED" -> " (завершено)";
			default -> "";
		};
	}

}
