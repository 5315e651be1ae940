package archfixture.menus.people;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's one menu class, where a menu entry belongs. */
@Configuration
public class PeopleMenu {

	@Bean
	static MenuEntry peopleListMenuEntry() {
		return MenuEntry.admin("people.list", "/admin/people/list", 2, Authorities.CENTER_STAFF);
	}
}
