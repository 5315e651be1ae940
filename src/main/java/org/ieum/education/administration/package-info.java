/**
 * The staff back office: courses (create, edit, questions, survey results), sessions and materials, the instructor
 * pool, the roster with decisions, group enrollment and attendance, the roster export, and the dashboard figures.
 * Reading a roster or a check-in list writes the personal-data access-log entry in the service that reads it.
 */
package org.ieum.education.administration;
