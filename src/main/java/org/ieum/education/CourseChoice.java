package org.ieum.education;

/** A course a staff member can pick from a list (its title and kind only). */
public record CourseChoice(long courseId, String title, CourseKind kind) {
}
