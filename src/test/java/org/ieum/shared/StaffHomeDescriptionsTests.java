package org.ieum.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The staff home describes every back-office area in a sentence, in Korean and in English. */
@IeumSpringTest
class StaffHomeDescriptionsTests {

	@Autowired
	List<MenuEntry> entries;

	@Autowired
	MessageSource messages;

	@Test
	void everyBackOfficeAreaHasADescriptionOnTheStaffHome() {
		List<String> areas = entries.stream().filter(e -> e.group() == MenuGroup.ADMIN).map(MenuEntry::labelKey).toList();
		assertThat(areas).isNotEmpty();
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			assertThat(areas).as(locale.toString())
				.allSatisfy(key -> assertThat(messages.getMessage(key + ".desc", null, null, locale)).as(key + ".desc").isNotBlank());
		}
	}
}
