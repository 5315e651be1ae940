/**
 * Courses and events a center runs: sessions, instructors, materials, enrollment with
 * approval and a waitlist, group enrollment of school classes, attendance, completion,
 * certificates and satisfaction surveys. Other modules read figures through
 * {@link org.ieum.education.EducationApi}; it uses {@code identity} and {@code centers}.
 * <p>
 * The root package is the module's API (the facade, the figures record and the enums). Inside, one sub-package per
 * feature around the core {@code course} (courses, sessions, instructors, materials): {@code enrollment} (seats,
 * the waitlist, group enrollment), {@code attendance}, {@code surveys}, {@code certificates}, {@code catalog} (public
 * pages, a member's own courses, the JSON API), {@code administration} (the staff back office) and {@code demo}.
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted} (a freed seat goes to the waitlist);
 * depends on {@code shared}, {@code identity}, {@code centers} and {@code enterprises} (it answers the readiness
 * checklist's {@link org.ieum.enterprises.ReadinessReferences} about a course linked as preparation).
 */
@ApplicationModule(displayName = "Education",
		allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises" })
package org.ieum.education;

import org.springframework.modulith.ApplicationModule;
