package org.ieum.spaces;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ieum.spaces}.
 *
 * @param noShowLimit this many no-shows ...
 * @param noShowWindow ... within this period ...
 * @param noShowBan ... stop a person from booking for this long after the last of them
 * @param pendingExpiresBefore a request nobody decided expires this long before it would start
 * @param maxWeeks the longest weekly series one request may ask for
 */
@ConfigurationProperties("ieum.spaces")
record SpacesProperties(@DefaultValue("3") int noShowLimit, @DefaultValue("90d") Duration noShowWindow,
		@DefaultValue("30d") Duration noShowBan, @DefaultValue("1h") Duration pendingExpiresBefore,
		@DefaultValue("12") int maxWeeks) {
}
