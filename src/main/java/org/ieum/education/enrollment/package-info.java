/**
 * Taking, giving back and deciding seats: a member's own enrollment with the answers to the course's questions,
 * staff approval, cancellation, the {@link org.ieum.education.enrollment.Waitlist} (who moves up when a seat frees),
 * whole school classes enrolled by staff, the e-mails a participant gets, and forgetting deleted accounts.
 */
package org.ieum.education.enrollment;
