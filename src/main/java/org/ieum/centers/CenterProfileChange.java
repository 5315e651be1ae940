package org.ieum.centers;

import java.time.LocalDate;

/** The editable part of a center's profile, already validated. */
public record CenterProfileChange(String name, String shortName, String region, String phone, String email,
		String address, String operatorName, LocalDate contractStart, LocalDate contractEnd,
		String introduction, String directions) {
}
