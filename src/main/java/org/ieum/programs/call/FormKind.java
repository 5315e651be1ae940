package org.ieum.programs.call;

/** A call has two forms: the application and the awardees' progress and final reports. */
public enum FormKind {
	APPLICATION, REPORT
}
