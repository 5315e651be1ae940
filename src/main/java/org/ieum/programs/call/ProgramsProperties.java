package org.ieum.programs.call;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code ieum.programs}.
 *
 * @param maxFileSize the largest file an applicant may upload (kept below the multipart limit so the
 *     applicant reads the feature's own message)
 * @param reminderDaysBefore a report reminder is mailed this many days before its due date
 */
@ConfigurationProperties("ieum.programs")
public record ProgramsProperties(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("7") int reminderDaysBefore) {
}
