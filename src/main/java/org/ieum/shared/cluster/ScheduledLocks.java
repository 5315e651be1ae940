package org.ieum.shared.cluster;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.InterceptMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a cluster each scheduled job marked {@code @SchedulerLock} runs on one node at a time:
 * the node that takes the job's row in {@code shared_scheduler_lock} runs it, the others skip
 * that round. Times come from the database, so the nodes' clocks need not agree.
 *
 * <p>Only the scheduler's calls are locked ({@link InterceptMode#PROXY_SCHEDULER}): a person
 * pressing "send now" or a test calling the job itself is never skipped. A single node (no
 * profile {@code cluster}) takes no lock at all, as before.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
@EnableSchedulerLock(interceptMode = InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT30M")
class ScheduledLocks {

	static final String TABLE = "shared_scheduler_lock";

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(TABLE)
			.usingDbTime()
			.build());
	}
}
