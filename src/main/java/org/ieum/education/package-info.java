/**
 * Courses and events a center runs: sessions, instructors, materials, enrollment with
 * approval and a waitlist, group enrollment of school classes, attendance, completion,
 * certificates and satisfaction surveys. Other modules read figures through
 * {@link org.ieum.education.EducationApi}; it uses {@code identity} and {@code centers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Education")
package org.ieum.education;
