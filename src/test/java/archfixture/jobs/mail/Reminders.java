package archfixture.jobs.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.shared.cluster.EveryNode;
import org.springframework.scheduling.annotation.Scheduled;

class Reminders {

	@Scheduled(fixedDelay = 1000)
	void sendTwice() {
	}

	@SchedulerLock(name = "reminders")
	@Scheduled(fixedDelay = 1000)
	void sendOnce() {
	}

	@EveryNode("counts kept in memory")
	@Scheduled(fixedDelay = 1000)
	void flushMemory() {
	}
}
