/**
 * An organization's journey with its center: the obligations its designations bring (business reports at the end of
 * April and October for certified social enterprises, the end of a time-limited designation, the village enterprise
 * duties kept as data), shown to its managers and to staff, closed by staff with evidence, reminded 30 and 7 days
 * ahead through the mail outbox, and counted on the staff dashboard when overdue.
 * <p>
 * Depends on {@code records} only (designations, organizations, managers and the access rules).
 */
package org.ieum.enterprises.journey;
