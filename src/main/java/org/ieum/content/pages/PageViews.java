package org.ieum.content.pages;

import java.util.List;

/** What the static pages and their staff page show, without entities. */
final class PageViews {

	private PageViews() {
	}

	/** 인사말: the staff's text, or the center's introduction from the centers module while there is none. */
	record Greeting(String centerName, String bodyHtml, List<String> introduction, String operatorName) {
	}

	record HistoryYear(int year, List<HistoryEvent> events) {
	}

	record HistoryEvent(Integer month, String text) {
	}

	record Team(String name, List<Person> people) {
	}

	record Person(String name, String role, String phone) {
	}

	record DayRow(String day, String hours, boolean open) {
	}

	/**
	 * 오시는 길. {@code mapKey} is the center's Kakao map key (the page then embeds the map);
	 * without it the page links to the address on map sites and loads no script from elsewhere.
	 */
	record Directions(String centerName, String address, String phone, String transportHtml, List<DayRow> week,
			String mapKey, String kakaoMapHref, String naverMapHref) {
	}

	record HistoryLine(long id, int year, Integer month, String text) {
	}

	record MemberLine(long id, String team, String name, String role, String phone) {
	}

	record Admin(long centerId, String centerName, String centerSlug, String greeting, String transport, String mapKey,
			List<HistoryLine> history, List<MemberLine> members) {
	}
}
