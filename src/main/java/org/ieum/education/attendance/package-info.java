/**
 * Who was at which session (checked in with the session's code or ticked by staff on the check-in list) and the
 * completion rule: the share of sessions attended against the course's required percent.
 */
package org.ieum.education.attendance;
