package org.ieum.shared.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/** A command runs without a web server and without the scheduled jobs (mail sending, reminders) of the server. */
class CommandSettingsTests {

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Scheduling.class);

	@Test
	void scheduledJobsRunInTheServerOnly() {
		context.run(server -> assertThat(server).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class));
		context.withPropertyValues("ieum.scheduling.enabled=" + CommandLineLauncher.COMMAND_SETTINGS.get("ieum.scheduling.enabled"))
			.run(command -> assertThat(command).doesNotHaveBean(ScheduledAnnotationBeanPostProcessor.class));
	}

	@Test
	void commandsStartNoWebServer() {
		assertThat(CommandLineLauncher.COMMAND_SETTINGS).containsEntry("spring.main.web-application-type", "none")
			.containsEntry("ieum.scheduling.enabled", "false");
	}
}
