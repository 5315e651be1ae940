/**
 * The course aggregate every education feature shares: the course (details, seats, registration and cancellation
 * dates), its sessions (time, place, room booking, check-in code), its instructors and materials. It depends on no
 * other feature of the module, so that enrollment, attendance, the catalog and administration can share it without
 * a cycle.
 */
package org.ieum.education.course;
