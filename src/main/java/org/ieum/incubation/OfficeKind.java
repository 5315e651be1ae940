package org.ieum.incubation;

/** A room a tenant moves into, or a virtual office (an address and shared equipment) several tenants hold at once. */
public enum OfficeKind {
	ROOM, VIRTUAL
}
