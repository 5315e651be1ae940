package org.ieum.education;

/**
 * One center's education figures for one kind of course in one year (the year its first
 * session starts, in Asia/Seoul), for statistics.
 *
 * @param participants people holding a confirmed seat
 * @param completed participants who met the course's attendance rule
 * @param completionRate completed / participants, 0 when there were none
 * @param averageRating mean survey rating 1–5, {@code null} without responses
 */
public record CourseKindFigures(long centerId, int year, CourseKind kind, int courses, long participants,
		long completed, double completionRate, Double averageRating, long surveyResponses) {
}
