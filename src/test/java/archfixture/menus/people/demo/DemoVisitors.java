package archfixture.menus.people.demo;

/** Demo data where it belongs. */
public class DemoVisitors {
}
