/**
 * After selection: the agreement, the progress and final reports an awardee owes, their pages, and
 * the reminders mailed when one comes due.
 */
package org.ieum.programs.reports;
