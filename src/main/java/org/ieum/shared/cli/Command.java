package org.ieum.shared.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A task an operator runs from the shell instead of a browser, for scheduled batches:
 * {@code java -jar ieum.jar <name words> [arguments]}. A module contributes one by declaring a
 * bean; {@link CommandLineLauncher} starts the application without its web server, runs the
 * command whose name matches the first words, and exits with the code the command returns.
 */
public interface Command {

	/** Exit code for success. */
	int OK = 0;

	/** Exit code when the input was refused (bad file, rejected rows): nothing was changed. */
	int REFUSED = 2;

	/** Exit code for wrong usage (unknown option, missing argument). */
	int USAGE = 64;

	/** The words that select this command, such as {@code "import organizations"}. */
	String name();

	/** One line of usage after the name, such as {@code "--center <slug> [--dry-run] <file>"}. */
	String usage();

	/**
	 * Runs the command. Messages for the operator go to {@code out}, in Korean like the pages.
	 *
	 * @param args the arguments after the name words
	 * @return the process exit code
	 */
	int run(List<String> args, PrintWriter out);
}
