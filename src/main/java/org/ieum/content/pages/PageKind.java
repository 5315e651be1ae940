package org.ieum.content.pages;

/** The static pages with free text: 인사말 and the transport text of 오시는 길. */
enum PageKind {
	GREETING, DIRECTIONS
}
