package org.ieum.incubation;

import java.util.List;
import java.util.Locale;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.ExportReason;
import org.ieum.shared.export.TableWriter;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The center's tenancies (who sits in which office, since when, until when) as an Excel file:
 * staff of that center only, with a reason logged with the read.
 */
@Service
class TenancyExport {

	private final Occupancy occupancy;
	private final IdentityApi identity;
	private final MessageSource messages;

	TenancyExport(Occupancy occupancy, IdentityApi identity, MessageSource messages) {
		this.occupancy = occupancy;
		this.identity = identity;
		this.messages = messages;
	}

	@Transactional
	byte[] xlsx(long centerId, String reason, Locale locale) {
		Authorities.requireCenterStaff(centerId);
		String why = ExportReason.of(reason).orElseThrow(() -> new Refusal(ExportReason.REQUIRED));
		List<IncubationViews.TenancyRow> rows = occupancy.rows(centerId);
		identity.recordPersonalDataAccess(null, PersonalDataAction.EXPORT,
				"입주 기업 목록 XLSX (센터 " + centerId + "), " + rows.size() + "건", why);
		return TableWriter.bytes(ExportFormat.XLSX, text("incubation.admin.tenancies", locale), writer -> {
			writer.headings(text("incubation.field.tenant", locale), text("incubation.field.status", locale),
					text("incubation.field.office", locale), text("export.startsOn", locale), text("export.endsOn", locale),
					text("incubation.field.call", locale));
			for (IncubationViews.TenancyRow t : rows) {
				String status = text("incubation.status." + t.status(), locale)
						+ (t.exitOutcome() == null ? "" : " (" + text("incubation.exit." + t.exitOutcome(), locale) + ")");
				writer.row(t.tenantName(), status, t.officeName(), t.startsOn() == null ? null : t.startsOn().toString(),
						t.exitedOn() != null ? t.exitedOn().toString() : t.endsOn() == null ? null : t.endsOn().toString(),
						t.callTitle() != null ? t.callTitle() : text("incubation.admin.recordedByStaff", locale));
			}
		});
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
