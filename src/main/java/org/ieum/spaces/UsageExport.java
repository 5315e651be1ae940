package org.ieum.spaces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.ieum.shared.Authorities;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month's use of a center's spaces as an Excel file: hours booked, hours open and the rate,
 * as numbers. Figures only, no one's personal data, so no reason is asked; staff of the center only.
 */
@Service
class UsageExport {

	private final SpacesApi spaces;
	private final MessageSource messages;

	UsageExport(SpacesApi spaces, MessageSource messages) {
		this.spaces = spaces;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	byte[] xlsx(long centerId, YearMonth month, Locale locale) {
		Authorities.requireCenterStaff(centerId);
		List<SpaceUsage> usage = spaces.usageOf(centerId, month);
		return TableWriter.bytes(ExportFormat.XLSX, month.toString(), writer -> {
			writer.headings(text("export.month", locale), text("export.space", locale),
					text("export.bookedHours", locale), text("export.openHours", locale), text("export.usageRate", locale));
			for (SpaceUsage u : usage) {
				writer.row(month.toString(), u.spaceName(), hours(u.bookedMinutes()), hours(u.openMinutes()),
						BigDecimal.valueOf(u.rate() * 100).setScale(1, RoundingMode.HALF_UP));
			}
		});
	}

	private static BigDecimal hours(long minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
