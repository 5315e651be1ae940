package org.ieum.spaces;

/** What a space is for; the label is the message {@code spaces.kind.<name>}. */
public enum SpaceKind {
	EDUCATION_HALL, MEETING_ROOM, COMMUNITY_HALL, SHARED_OFFICE, EXHIBITION_ROOM, CAFE, OTHER
}
