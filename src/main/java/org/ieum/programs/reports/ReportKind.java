package org.ieum.programs.reports;

public enum ReportKind {
	PROGRESS, FINAL
}
