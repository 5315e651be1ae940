package archfixture.menus.people;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;

/** A controller that declares its own menu entry, which the rule must catch. */
@Controller
public class PeopleController {

	@Bean
	static MenuEntry peopleMenuEntry() {
		return MenuEntry.admin("people.menu", "/admin/people", 1, Authorities.CENTER_STAFF);
	}
}
