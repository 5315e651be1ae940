package archfixture.menus.people;

/** Demo data outside a {@code demo} sub-package, which the rule must catch. */
public class DemoPeople {
}
