package org.ieum.identity.members;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.ieum.shared.web.Refusal;
import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipals;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.AccountStatus;
import org.ieum.identity.accounts.Consent;
import org.ieum.identity.access.PersonalDataAccessLog;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff access to members' personal data. Staff see the members of the centers they are
 * assigned to, system administrators everyone; every look at a person's data is written
 * to the personal-data access log in the same transaction.
 */
@Service
public class MemberDirectory {

	private final AccountRepository accounts;
	private final PersonalDataAccessLog accessLog;
	private final AccountPrincipals principals;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Clock clock;

	MemberDirectory(AccountRepository accounts, PersonalDataAccessLog accessLog, AccountPrincipals principals,
			CentersApi centers, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.principals = principals;
		this.centers = centers;
		this.clock = clock;
	}

	@Transactional
	public Page<MemberRow> search(String query, Pageable page) {
		CurrentUser staff = requireStaff();
		String q = query == null ? "" : query.trim().toLowerCase();
		Page<Account> found = accounts.search(staff.isSystemAdmin(), scope(staff), q, page);
		accessLog.record(null, PersonalDataAction.LIST, "member list" + (q.isEmpty() ? "" : " (query: " + q + ")")
				+ ", " + found.getNumberOfElements() + " rows", null);
		Map<Long, String> names = centerNames();
		return found.map(a -> MemberRow.of(a, names));
	}

	@Transactional
	public MemberDetail view(long accountId) {
		Account account = inScope(accountId);
		accessLog.record(accountId, PersonalDataAction.VIEW, "member profile", null);
		return MemberDetail.of(account, centerNames(), Seoul.today(clock));
	}

	@Transactional
	public void confirmGuardian(long accountId) {
		Account account = inScope(accountId);
		if (account.getStatus() != AccountStatus.PENDING_GUARDIAN) {
			throw new Refusal("guardian.notPending");
		}
		account.confirmGuardianConsent(requireStaff().accountId(), clock.instant());
		accessLog.record(accountId, PersonalDataAction.UPDATE, "guardian consent confirmed", null);
	}

	@Transactional
	public List<MemberRow> pendingGuardians() {
		CurrentUser staff = requireStaff();
		Map<Long, String> names = centerNames();
		List<MemberRow> rows = accounts.findPendingGuardian(staff.isSystemAdmin(), scope(staff)).stream()
			.map(a -> MemberRow.of(a, names)).toList();
		if (!rows.isEmpty()) {
			accessLog.record(null, PersonalDataAction.LIST, "members waiting for guardian consent, " + rows.size() + " rows", null);
		}
		return rows;
	}

	/** A CSV of the members in scope; the reason is required and logged with the export. */
	@Transactional
	public byte[] exportCsv(String reason) {
		if (reason == null || reason.trim().length() < 5) {
			throw new Refusal("export.reason.required");
		}
		CurrentUser staff = requireStaff();
		List<Account> members = accounts.findAllInScope(staff.isSystemAdmin(), scope(staff));
		Map<Long, String> names = centerNames();
		byte[] csv = TableWriter.bytes(ExportFormat.CSV, "members", writer -> {
			writer.headings(List.of(messages.getMessage("members.export.header", null,
					LocaleContextHolder.getLocale()).split(",")));
			for (Account a : members) {
				writer.row(a.getId(), a.getEmail(), a.getDisplayName(), a.getPhone(), names.get(a.getHomeCenterId()),
						a.getStatus().name(), Seoul.at(a.getCreatedAt()).toLocalDate().toString());
			}
		});
		accessLog.record(null, PersonalDataAction.EXPORT, "member list CSV, " + members.size() + " rows", reason.trim());
		return csv;
	}

	private Account inScope(long accountId) {
		CurrentUser staff = requireStaff();
		Account account = accounts.findById(accountId).orElseThrow(() -> new Refusal("member.notFound"));
		boolean allowed = staff.isSystemAdmin()
				|| (account.getHomeCenterId() != null && staff.isStaffOf(account.getHomeCenterId()));
		if (!allowed) {
			throw new AccessDeniedException("member " + accountId + " is outside the staff member's centers");
		}
		return account;
	}

	private CurrentUser requireStaff() {
		if (!Authorities.isStaff()) {
			throw new AccessDeniedException("staff only");
		}
		return principals.current().orElseThrow(() -> new AccessDeniedException("staff only"));
	}

	private static Collection<Long> scope(CurrentUser staff) {
		// an empty IN list is not valid SQL everywhere; -1 matches no center
		return staff.staffCenterIds().isEmpty() ? List.of(-1L) : staff.staffCenterIds();
	}

	private Map<Long, String> centerNames() {
		return centers.all().stream().collect(Collectors.toMap(CenterSummary::id, CenterSummary::name, (a, b) -> a));
	}

	public record MemberRow(long id, String email, String displayName, String centerName, String status, Instant createdAt) {

		static MemberRow of(Account a, Map<Long, String> centerNames) {
			return new MemberRow(a.getId(), a.getEmail(), a.getDisplayName(), centerNames.get(a.getHomeCenterId()),
					a.getStatus().name(), a.getCreatedAt());
		}
	}

	public record MemberDetail(long id, String email, boolean emailVerified, String displayName, String phone,
			boolean phoneVerified, LocalDate birthDate, boolean minor,
			String centerName, String status, String guardianName, String guardianContact, Instant guardianConfirmedAt,
			Instant createdAt, List<RoleRow> roles, List<ConsentRow> consents) {

		public static MemberDetail of(Account a, Map<Long, String> centerNames, LocalDate today) {
			Function<Long, String> name = id -> id == null ? null : centerNames.get(id);
			return new MemberDetail(a.getId(), a.getEmail(), a.isEmailVerified(), a.getDisplayName(), a.getPhone(),
					a.isPhoneVerified(), a.getBirthDate(),
					Account.needsGuardian(a.getBirthDate(), today), name.apply(a.getHomeCenterId()),
					a.getStatus().name(), a.getGuardianName(), a.getGuardianContact(), a.getGuardianConfirmedAt(),
					a.getCreatedAt(),
					a.getRoles().stream().map(g -> new RoleRow(g.getRole(), g.getCenterId(), name.apply(g.getCenterId()),
							g.getGrantedAt())).toList(),
					a.getConsents().stream().map(ConsentRow::of).toList());
		}
	}

	record RoleRow(Role role, Long centerId, String centerName, Instant grantedAt) {
	}

	record ConsentRow(String purpose, String textVersion, Instant agreedAt, Instant withdrawnAt, boolean required) {

		static ConsentRow of(Consent c) {
			return new ConsentRow(c.getPurpose().name(), c.getTextVersion(), c.getAgreedAt(), c.getWithdrawnAt(),
					c.getPurpose().required());
		}
	}
}
