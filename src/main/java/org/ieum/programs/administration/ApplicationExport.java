package org.ieum.programs.administration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.review.Rankings;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.ExportReason;
import org.ieum.shared.export.TableWriter;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's submitted applications with their reviews, scores, ranks and decisions as an Excel
 * file: staff of the call's center only, with a reason logged with the read.
 */
@Service
public class ApplicationExport {

	private final CallAdministration administration;
	private final Rankings rankings;
	private final IdentityApi identity;
	private final MessageSource messages;

	ApplicationExport(CallAdministration administration, Rankings rankings, IdentityApi identity, MessageSource messages) {
		this.administration = administration;
		this.rankings = rankings;
		this.identity = identity;
		this.messages = messages;
	}

	@Transactional
	public byte[] xlsx(long callId, String reason, Locale locale) {
		ProgramCall call = administration.callToManage(callId);
		String why = ExportReason.of(reason).orElseThrow(() -> new Refusal(ExportReason.REQUIRED));
		List<ProgramViews.RankRow> rows = rankings.rows(call);
		identity.recordPersonalDataAccess(null, PersonalDataAction.EXPORT,
				"지원사업 신청·심사 목록 XLSX (공모 " + callId + "), " + rows.size() + "건", why);
		return TableWriter.bytes(ExportFormat.XLSX, text("programs.admin.ranking", locale), writer -> {
			writer.headings(List.of("programs.field.rank", "programs.field.receipt", "programs.field.applicant",
					"programs.field.eligibility", "export.reviewsSubmitted", "export.reviewsAssigned", "programs.field.score",
					"programs.field.decision", "export.reserveRank").stream().map(k -> text(k, locale)).toList());
			for (ProgramViews.RankRow r : rows) {
				writer.row(r.rank(), r.receiptNumber(), r.applicantName(),
						text("programs.eligibility." + r.eligibility(), locale), r.reviewsSubmitted(), r.reviewsAssigned(),
						r.score() == null ? null : BigDecimal.valueOf(r.score()).setScale(2, RoundingMode.HALF_UP),
						r.decision() == null ? null : text("programs.decision." + r.decision(), locale), r.reserveRank());
			}
		});
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
