package org.ieum.programs;

enum ReportStatus {
	DUE, SUBMITTED
}
