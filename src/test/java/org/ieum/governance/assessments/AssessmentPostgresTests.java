package org.ieum.governance.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On real PostgreSQL: of two first submissions of the same organization's self-assessment for the
 * same center and year at the same moment, exactly one is kept, with its answers.
 */
@IeumPostgresTest
class AssessmentPostgresTests {

	/** A center id no other test uses (this module's range). */
	private static final long CENTER = 880_941L;

	@Autowired
	AssessmentDemoStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoFirstSubmissionsAtOnceKeepExactlyOne() throws Exception {
		Indicator indicator = store.save(new Indicator(CENTER, 2031, IndicatorArea.SOCIAL, IndicatorKind.YES_NO,
				"지역사회 공헌", 10, null, null, null, java.time.Instant.now()));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> results = new ArrayList<>();
		for (String answer : List.of("yes", "no")) {
			results.add(pool.submit(() -> {
				start.await();
				Assessment assessment = new Assessment(CENTER, 2031, 77_001L, "동시 제출 조직", 1);
				assessment.submit(Map.of(indicator.getId(), answer), answer.equals("yes") ? 100 : 0, 1,
						java.time.Instant.now());
				try {
					store.save(assessment);
					return true;
				}
				catch (DataIntegrityViolationException ex) {
					return false;
				}
			}));
		}
		start.countDown();
		int kept = 0;
		for (Future<Boolean> result : results) {
			kept += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(kept).isOne();
		assertThat(jdbc.queryForObject("select count(*) from governance_assessment where center_id = ?", Integer.class,
				CENTER)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from governance_assessment_answer a join governance_assessment s"
				+ " on s.id = a.assessment_id where s.center_id = ?", Integer.class, CENTER)).isOne();
	}
}
