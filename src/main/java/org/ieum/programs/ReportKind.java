package org.ieum.programs;

enum ReportKind {
	PROGRESS, FINAL
}
