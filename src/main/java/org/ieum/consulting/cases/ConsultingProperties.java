package org.ieum.consulting.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ieum.consulting}.
 *
 * @param yearlyHours hours of sessions one organization (or a founder without one) may use per
 *     calendar year (Asia/Seoul) before staff must override with a reason
 */
@ConfigurationProperties("ieum.consulting")
public record ConsultingProperties(@DefaultValue("20") int yearlyHours) {
}
