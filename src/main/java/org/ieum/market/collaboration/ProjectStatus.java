package org.ieum.market.collaboration;

/** A project made from a program award waits as a draft until staff complete and save it. */
public enum ProjectStatus {

	DRAFT, ACTIVE

}
