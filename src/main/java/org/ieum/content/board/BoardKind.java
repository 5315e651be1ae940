package org.ieum.content.board;

/** What a board is for; it decides who writes in it and how its posts are shown. */
public enum BoardKind {

	/** 공지사항 */
	NOTICE,
	/** 보도자료 */
	PRESS,
	/** 자료실: posts with attachments */
	RESOURCES,
	/** 갤러리: photos and video links */
	GALLERY,
	/** FAQ: the title is the question, the body the answer */
	FAQ,
	/** 1:1 문의: a signed-in person asks, the center's staff answer; private by default */
	QNA,
	/** 자유게시판: members write, comment and report; staff moderate */
	FREE;

	/** Kinds a metropolitan center may also show on the portals of centers under it. */
	public boolean crossPostable() {
		return this == NOTICE || this == PRESS || this == RESOURCES;
	}

	/** Signed-in people write the posts here, not staff. */
	public boolean writtenByMembers() {
		return this == QNA || this == FREE;
	}

	/** Visitors may subscribe to it and search engines may list it. */
	public boolean syndicated() {
		return this != QNA;
	}
}
