package org.ieum.content.guides;

/** The four parts of every designation guide, in the order a visitor reads them. */
enum GuideSection {
	PROCEDURE, REQUIREMENTS, DOCUMENTS, SCHEDULE
}
