package org.ieum.enterprises.employment;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.UnknownOrganization;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's employment figures per year: its managers (on My page) and staff of an owning center enter or
 * correct them; figures that break {@link EmploymentRules} are refused whole and nothing changes. The sums per year
 * feed the statistics.
 */
@Service
@Transactional(readOnly = true)
public class Employment {

	/** What was typed for one year; blanks are null. */
	public record Entry(Integer year, Long employees, Long vulnerable, Long newHires) {
	}

	private final EmploymentRecordRepository records;
	private final OrganizationRepository organizations;
	private final OrganizationAccess access;
	private final Clock clock;

	Employment(EmploymentRecordRepository records, OrganizationRepository organizations, OrganizationAccess access,
			Clock clock) {
		this.records = records;
		this.organizations = organizations;
		this.access = access;
		this.clock = clock;
	}

	/** The organization's figures, the latest year first, for its staff and its managers. */
	public EmploymentView of(long organizationId) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		List<EmploymentView.Year> years = records.findByOrganizationIdOrderByYearDesc(organizationId).stream()
			.map(r -> new EmploymentView.Year(r.getYear(), r.getEmployees(), r.getVulnerable(), r.getNewHires(),
					r.getSource().name(), Seoul.at(r.getEnteredAt()).toLocalDate()))
			.toList();
		return new EmploymentView(organizationId, organization.getName(), Seoul.today(clock).getYear(), years);
	}

	/**
	 * Records a year's figures, or corrects the year already on file. Refused, with nothing changed, when a figure is
	 * missing or negative, the vulnerable-group workers or the new hires exceed the paid workers, or the year has not
	 * begun.
	 */
	@Transactional
	public void record(long organizationId, Entry entry) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		List<String> problems = EmploymentRules.problems(entry.year(), entry.employees(), entry.vulnerable(),
				entry.newHires(), Seoul.today(clock).getYear());
		if (!problems.isEmpty()) {
			throw new Refusal(problems.get(0));
		}
		EmploymentRecord.Source source = access.isStaffOf(organization) ? EmploymentRecord.Source.STAFF
				: EmploymentRecord.Source.MANAGER;
		EmploymentRecord record = records.findByOrganizationIdAndYear(organizationId, entry.year())
			.orElseGet(() -> new EmploymentRecord(organizationId, entry.year()));
		record.enter(EmploymentRules.figures(entry.employees(), entry.vulnerable(), entry.newHires()), source,
				access.requireUser().accountId(), clock.instant());
		records.saveAndFlush(record);
	}

	/** The figures of these centers' organizations per year, from one year to another, years without figures left out. */
	public List<YearTotal> totals(Set<Long> centerIds, int fromYear, int toYear) {
		if (centerIds.isEmpty()) {
			return List.of();
		}
		return records.totalsByYear(centerIds, fromYear, toYear).stream()
			.map(r -> new YearTotal(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
					((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
			.toList();
	}

	/** For the demo data only, never from a request: a year's figures of an organization that has none for it. */
	@Transactional
	public boolean seedDemo(long organizationId, int year, int employees, int vulnerable, int newHires) {
		if (records.findByOrganizationIdAndYear(organizationId, year).isPresent()) {
			return false;
		}
		EmploymentRecord record = new EmploymentRecord(organizationId, year);
		record.enter(new EmploymentRules.Figures(employees, vulnerable, newHires), EmploymentRecord.Source.STAFF, null,
				clock.instant());
		records.save(record);
		return true;
	}

	private Organization organization(long id) {
		return organizations.findById(id).orElseThrow(() -> new UnknownOrganization("organization", id));
	}
}
