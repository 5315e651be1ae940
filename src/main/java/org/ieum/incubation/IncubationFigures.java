package org.ieum.incubation;

/**
 * Incubation figures for a set of centers on a reference date. Nothing here names a tenant.
 *
 * @param rooms offices (rooms) in use by the centers
 * @param occupiedRooms rooms with a tenant in residence on the date
 * @param virtualOffices virtual offices in use
 * @param virtualTenants tenants of virtual offices in residence on the date
 * @param tenantsInResidence all tenants in residence on the date
 * @param graduatedCertified tenancies ended by the date with the outcome 인증
 * @param graduatedMovedOut tenancies ended by the date with the outcome 이전
 * @param closed tenancies ended by the date with the outcome 폐업 (not counted as graduated)
 * @param jobsCreated for every tenancy that reported: the latest reported employees minus
 *     the employees at move-in, never below zero for one tenancy
 */
public record IncubationFigures(long rooms, long occupiedRooms, long virtualOffices, long virtualTenants,
		long tenantsInResidence, long graduatedCertified, long graduatedMovedOut, long closed, long jobsCreated) {

	public long graduated() {
		return graduatedCertified + graduatedMovedOut;
	}
}
