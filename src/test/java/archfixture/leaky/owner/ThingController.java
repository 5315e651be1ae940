package archfixture.leaky.owner;

import org.springframework.stereotype.Controller;

/** A controller that reads a repository itself, which the controller rule must catch. */
@Controller
public class ThingController {

	private final ThingRepository things;

	public ThingController(ThingRepository things) {
		this.things = things;
	}

	public String show(long id) {
		return String.valueOf(things.findById(id).getId());
	}
}
