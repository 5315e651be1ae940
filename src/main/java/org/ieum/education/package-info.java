/**
 * Courses and events a center runs: sessions, instructors, materials, enrollment with
 * approval and a waitlist, group enrollment of school classes, attendance, completion,
 * certificates and satisfaction surveys. Other modules read figures through
 * {@link org.ieum.education.EducationApi}; it uses {@code identity} and {@code centers}.
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted} (a freed seat goes to the waitlist);
 * depends on {@code shared}, {@code identity} and {@code centers}.
 */
@ApplicationModule(displayName = "Education", allowedDependencies = { "shared", "shared :: *", "identity", "centers" })
package org.ieum.education;

import org.springframework.modulith.ApplicationModule;
