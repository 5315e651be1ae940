package org.ieum.shared.imports;

import java.util.List;

/**
 * What the shared import pages ({@code templates/imports/*.html}) say for one kind of import. Texts are message keys:
 * those of the import itself are {@code <messages>.title}, {@code .lead}, {@code .file}, {@code .fileHint},
 * {@code .previewLead}, {@code .sampleTitle}, {@code .sampleShown}, {@code .nothingValid}, {@code .again},
 * {@code .done.notice}, {@code .done.recorded} and {@code .done.skipped}.
 *
 * @param url the upload page; the preview is {@code <url>/<id>}, the done page {@code <url>/done}
 * @param messages the prefix of the import's message keys
 * @param columns message keys of the columns the upload page lists
 * @param crumbs the breadcrumbs between the staff home and the import
 * @param doneLink where the done page leads first
 * @param doneLead a paragraph on the done page, or null
 * @param template the template file staff may download, or null
 */
public record ImportPage(String url, String messages, List<String> columns, List<Link> crumbs, Link doneLink,
		String doneLead, Link template) {

	/**
	 * A link of an import page.
	 *
	 * @param withCenter whether the link keeps the staff member's chosen center ({@code ?center=})
	 */
	public record Link(String url, String messageKey, boolean withCenter) {

		/** The link's address for the page's center. */
		public String href(long centerId) {
			return withCenter ? url + (url.contains("?") ? "&" : "?") + "center=" + centerId : url;
		}
	}

	public ImportPage {
		columns = List.copyOf(columns);
		crumbs = List.copyOf(crumbs);
	}

	/** The message key of one of the import's own texts. */
	public String key(String text) {
		return messages + "." + text;
	}
}
