package org.ieum.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incubation schema and its guards on real PostgreSQL: migrations validate, concurrent
 * assignments to one office let exactly one win (a room) or exactly its capacity (a virtual
 * office), the database refuses a second tenant in a room on its own, and a repeated
 * selection event makes one offer.
 */
@IeumPostgresTest
class IncubationPostgresTests {

	/** Center ids no other test uses (this module's range). */
	private static final long CENTER = 880_401L;
	private static final long OTHER_CENTER = 880_402L;

	@Autowired
	OfficeAssignments assignments;

	@Autowired
	OfficeRepository offices;

	@Autowired
	TenancyRepository tenancyRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	private Office office(long centerId, String name, OfficeKind kind, int capacity) {
		return offices.save(new Office(centerId, new Office.Terms(880_499L, name, kind,
				kind == OfficeKind.ROOM ? new BigDecimal("12.5") : null, 1, null, capacity, true), Instant.now()));
	}

	private List<Long> accepted(long centerId, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(tenancyRepository.save(Tenancy.recorded(centerId, "동시 배정 기업 " + i, null, null, Instant.now()))
				.getId());
		}
		return ids;
	}

	/** Every tenancy asks for the same office at the same moment; returns how many got it. */
	private int assignAtOnce(List<Long> ids, long officeId) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(ids.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (long id : ids) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
				start.await();
				try {
					assignments.assign(id, officeId, LocalDate.of(2026, 3, 1), null, 0, null);
					return true;
				}
				catch (Refusal ex) {
					assertThat(ex.messageKey()).isIn("incubation.error.officeTaken", "incubation.error.virtualFull");
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		int won = 0;
		for (Future<Boolean> result : results) {
			if (result.get(60, TimeUnit.SECONDS)) {
				won++;
			}
		}
		pool.shutdown();
		return won;
	}

	private int activeIn(long officeId) {
		return jdbc.queryForObject("select count(*) from incubation_tenancy where office_id = ? and status = 'ACTIVE'",
				Integer.class, officeId);
	}

	@Test
	void theIncubationMigrationRanOnPostgresql() {
		assertThat(jdbc.queryForObject("select success from flyway_schema_history where version = '60'", Boolean.class))
			.isTrue();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name like 'incubation_%'",
				Integer.class)).isEqualTo(6);
	}

	@Test
	void twentyConcurrentAssignmentsToOneRoomLetExactlyOneWin() throws Exception {
		Office room = office(CENTER, "동시 배정 보육실", OfficeKind.ROOM, 1);
		List<Long> ids = accepted(CENTER, 20);

		assertThat(assignAtOnce(ids, room.getId())).isEqualTo(1);
		assertThat(activeIn(room.getId())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from incubation_checklist_item c join incubation_tenancy t "
				+ "on t.id = c.tenancy_id where t.office_id = ?", Integer.class, room.getId())).isEqualTo(3);
	}

	@Test
	void aVirtualOfficeTakesExactlyItsCapacityUnderConcurrentAssignments() throws Exception {
		Office virtual = office(CENTER, "동시 배정 가상오피스", OfficeKind.VIRTUAL, 3);
		List<Long> ids = accepted(CENTER, 12);

		assertThat(assignAtOnce(ids, virtual.getId())).isEqualTo(3);
		assertThat(jdbc.queryForList("select seat_no from incubation_tenancy where office_id = ? and status = 'ACTIVE' "
				+ "order by seat_no", Integer.class, virtual.getId())).containsExactly(1, 2, 3);
	}

	@Test
	void theDatabaseRefusesASecondTenantInARoomEvenWithoutTheService() throws Exception {
		Office room = office(OTHER_CENTER, "제약 시험 보육실", OfficeKind.ROOM, 1);
		List<Long> ids = accepted(OTHER_CENTER, 2);
		assertThat(assignAtOnce(ids.subList(0, 1), room.getId())).isEqualTo(1);

		assertThatThrownBy(() -> jdbc.update("update incubation_tenancy set status = 'ACTIVE', office_id = ?, seat_no = 1, "
				+ "starts_on = date '2026-03-01', ends_on = date '2027-02-28' where id = ?", room.getId(), ids.get(1)))
			.isInstanceOf(DataIntegrityViolationException.class);
		// and a room never holds more than one seat
		assertThatThrownBy(() -> jdbc.update("update incubation_office set capacity = 2 where id = ?", room.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(activeIn(room.getId())).isEqualTo(1);
	}

	@Test
	void aRepeatedSelectionEventMakesOneOffer() throws Exception {
		long applicationId = 8_804_010_001L;
		AwardeeSelected event = new AwardeeSelected(1L, CallKind.INCUBATION, CENTER, applicationId, "PG-1", "동시 공모",
				8_804_019L, null, "반복 전달 기업", Instant.now());
		tx.executeWithoutResult(s -> events.publishEvent(event));
		tx.executeWithoutResult(s -> events.publishEvent(event));
		for (int i = 0; i < 100 && tenancyRepository.findByApplicationId(applicationId).isEmpty(); i++) {
			Thread.sleep(100);
		}
		Thread.sleep(1000);
		assertThat(jdbc.queryForObject("select count(*) from incubation_tenancy where application_id = ?", Integer.class,
				applicationId)).isEqualTo(1);
	}
}
