package org.ieum.programs;

/** A call has two forms: the application and the awardees' progress and final reports. */
enum FormKind {
	APPLICATION, REPORT
}
