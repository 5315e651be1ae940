package org.ieum.consulting.administration;

import java.util.List;
import java.util.Locale;

import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.ConsultingViews;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.ExportReason;
import org.ieum.shared.export.TableWriter;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The center's case list as an Excel file: staff of that center only, with a reason that goes
 * to the personal-data access log in the same transaction as the read.
 */
@Service
public class CaseExport {

	private final CaseAccess access;
	private final CaseViews views;
	private final IdentityApi identity;
	private final MessageSource messages;

	public CaseExport(CaseAccess access, CaseViews views, IdentityApi identity, MessageSource messages) {
		this.access = access;
		this.views = views;
		this.identity = identity;
		this.messages = messages;
	}

	@Transactional
	public byte[] xlsx(long centerId, String reason, Locale locale) {
		Authorities.requireCenterStaff(centerId);
		String why = ExportReason.of(reason).orElseThrow(() -> new Refusal(ExportReason.REQUIRED));
		List<ConsultingViews.RequestRow> rows = views.rows(access.casesOf(centerId), centerId);
		identity.recordPersonalDataAccess(null, PersonalDataAction.EXPORT,
				"컨설팅 신청 목록 XLSX (센터 " + centerId + "), " + rows.size() + "건", why);
		return TableWriter.bytes(ExportFormat.XLSX, text("consulting.admin.all", locale), writer -> {
			writer.headings(List.of("consulting.field.submittedAt", "consulting.field.center", "consulting.field.kind",
					"consulting.field.field", "consulting.field.title", "consulting.field.client", "consulting.field.expert",
					"consulting.field.status", "consulting.field.rating").stream().map(k -> text(k, locale)).toList());
			for (ConsultingViews.RequestRow r : rows) {
				writer.row(r.createdAt() == null ? null : Seoul.at(r.createdAt()).toLocalDate().toString(), r.centerName(),
						text("consulting.kind." + r.kind(), locale), text("consulting.area." + r.field(), locale), r.title(),
						r.clientName(), r.expertName(), text("consulting.status." + r.status(), locale), r.rating());
			}
		});
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
