package org.ieum.consulting.cases;

/** Where a session takes place: at the client's (방문), online, or at the center. */
public enum SessionMode {
	VISIT, ONLINE, AT_CENTER
}
