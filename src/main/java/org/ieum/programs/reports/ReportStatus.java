package org.ieum.programs.reports;

public enum ReportStatus {
	DUE, SUBMITTED
}
