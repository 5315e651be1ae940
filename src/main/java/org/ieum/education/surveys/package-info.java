/**
 * The satisfaction survey participants answer once a course's last session has begun, and its results for staff.
 */
package org.ieum.education.surveys;
