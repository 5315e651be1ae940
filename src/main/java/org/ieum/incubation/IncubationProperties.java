package org.ieum.incubation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ieum.incubation}.
 *
 * @param maxMonths the longest a tenancy may last, extensions included (24 = two years)
 * @param reportMonths tenants report once per this many months of their tenancy (3 = quarterly)
 * @param reportGraceDays a period's report is due this many days after the period ends
 * @param reminderDaysBefore the first reminder goes out this many days before the due date
 * @param endingSoonDays the occupancy page lists tenancies ending within this many days
 */
@ConfigurationProperties("ieum.incubation")
public record IncubationProperties(@DefaultValue("24") int maxMonths, @DefaultValue("3") int reportMonths,
		@DefaultValue("14") int reportGraceDays, @DefaultValue("7") int reminderDaysBefore,
		@DefaultValue("60") int endingSoonDays) {
}
