package org.ieum.shared.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link Command} when the application is started with command words instead of
 * options: {@code java -jar ieum.jar import organizations --center busan file.csv}. Arguments
 * of the form {@code --spring.x=y} or {@code --ieum.x=y} still configure the application (for
 * example the database); everything else belongs to the command.
 */
public final class CommandLineLauncher {

	private CommandLineLauncher() {
	}

	/** True when the first argument that is not a setting is a word, so the user asked for a command. */
	public static boolean isCommand(String[] args) {
		// settings such as --ieum.data-dir=/srv/ieum may come before the command words
		for (String arg : args) {
			if (!(arg.startsWith("--") && arg.contains("="))) {
				return !arg.startsWith("-");
			}
		}
		return false;
	}

	/**
	 * The settings of a command run: no web server at all (so a port in use elsewhere does not
	 * matter), no scheduled jobs (mail sending, reminders, expiries stay with the running
	 * server, which sends what a command queued), no search index writes as entities change
	 * (the running server holds the index; what a command writes in bulk it records for the
	 * server to index), no banner, and only errors plus Ieum's own warnings in the log, so the
	 * output is the command's report.
	 */
	static final Map<String, Object> COMMAND_SETTINGS = Map.of("spring.main.banner-mode", "off", "logging.level.root",
			"ERROR", "logging.level.org.ieum", "WARN", "spring.main.web-application-type", "none",
			"ieum.scheduling.enabled", "false", "spring.jpa.properties.hibernate.search.indexing.listeners.enabled",
			"false",
			// Spring Modulith's moments switch scheduling on for the whole context by themselves
			"spring.autoconfigure.exclude", "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration");

	/** Starts the application without a web server and without scheduled jobs, runs the command and returns its exit code. */
	public static int run(Class<?> application, String[] args) {
		Split split = split(args);
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(COMMAND_SETTINGS);
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		try (ConfigurableApplicationContext context = app.run(split.springArgs().toArray(String[]::new))) {
			List<Command> commands = new ArrayList<>(context.getBeansOfType(Command.class).values());
			Optional<Matched> matched = match(commands, split.commandArgs());
			if (matched.isEmpty()) {
				printUsage(commands, out);
				return Command.USAGE;
			}
			int code = matched.get().command().run(matched.get().rest(), out);
			out.flush();
			return code;
		}
	}

	record Split(List<String> springArgs, List<String> commandArgs) {
	}

	record Matched(Command command, List<String> rest) {
	}

	static Split split(String[] args) {
		List<String> spring = new ArrayList<>();
		List<String> command = new ArrayList<>();
		for (String arg : args) {
			if ((arg.startsWith("--spring.") || arg.startsWith("--ieum.") || arg.startsWith("--logging.")) && arg.contains("=")) {
				spring.add(arg);
			}
			else {
				command.add(arg);
			}
		}
		return new Split(spring, command);
	}

	/** The command with the longest name that the arguments start with. */
	static Optional<Matched> match(List<Command> commands, List<String> args) {
		return commands.stream()
			.filter(c -> startsWith(args, words(c)))
			.max(Comparator.comparingInt(c -> words(c).size()))
			.map(c -> new Matched(c, List.copyOf(args.subList(words(c).size(), args.size()))));
	}

	private static List<String> words(Command command) {
		return List.of(command.name().strip().split("\\s+"));
	}

	private static boolean startsWith(List<String> args, List<String> words) {
		return args.size() >= words.size() && args.subList(0, words.size()).equals(words);
	}

	private static void printUsage(List<Command> commands, PrintWriter out) {
		out.println("사용법: java -jar ieum.jar <명령> [인수]");
		commands.stream()
			.sorted(Comparator.comparing(Command::name))
			.forEach(c -> out.println("  " + c.name() + " " + c.usage()));
		out.flush();
	}
}
