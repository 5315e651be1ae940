package org.ieum.shared.cli;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (the mail outbox, reminders, expiries, the nightly index refresh) run in the
 * server, never in a command: {@link CommandLineLauncher} sets {@code ieum.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ieum.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class Scheduling {
}
