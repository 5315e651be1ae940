package org.ieum.shared.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineLauncherTests {

	record Named(String name) implements Command {

		@Override
		public String usage() {
			return "";
		}

		@Override
		public int run(List<String> args, PrintWriter out) {
			return OK;
		}
	}

	@Test
	void optionsAloneStartTheServerAndWordsRunACommand() {
		assertThat(CommandLineLauncher.isCommand(new String[0])).isFalse();
		assertThat(CommandLineLauncher.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CommandLineLauncher.isCommand(new String[] { "import", "organizations" })).isTrue();
		assertThat(CommandLineLauncher.isCommand(new String[] { "--ieum.data-dir=/srv/ieum", "reindex", "organizations" }))
			.isTrue();
		assertThat(CommandLineLauncher.isCommand(new String[] { "--ieum.data-dir=/srv/ieum", "--debug" })).isFalse();
	}

	@Test
	void applicationSettingsGoToSpringAndTheRestToTheCommand() {
		var split = CommandLineLauncher.split(new String[] { "import", "organizations", "--spring.profiles.active=postgres",
				"--center", "busan", "--ieum.data-dir=/srv/ieum", "--dry-run", "list.csv" });
		assertThat(split.springArgs()).containsExactly("--spring.profiles.active=postgres", "--ieum.data-dir=/srv/ieum");
		assertThat(split.commandArgs()).containsExactly("import", "organizations", "--center", "busan", "--dry-run", "list.csv");
	}

	@Test
	void theLongestMatchingNameWinsAndUnknownWordsMatchNothing() {
		List<Command> commands = List.of(new Named("import"), new Named("import organizations"), new Named("reindex"));
		var matched = CommandLineLauncher.match(commands, List.of("import", "organizations", "--center", "busan", "a.csv"));
		assertThat(matched).hasValueSatisfying(m -> {
			assertThat(m.command().name()).isEqualTo("import organizations");
			assertThat(m.rest()).containsExactly("--center", "busan", "a.csv");
		});
		assertThat(CommandLineLauncher.match(commands, List.of("export", "everything"))).isEmpty();
	}
}
