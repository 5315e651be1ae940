/**
 * Markets and fairs (마켓·박람회): events a center runs with booths for its organizations, in a center room booked
 * through the rooms port or at an outside place. Organizations' managers apply for a booth in the application period,
 * staff select and give booth numbers (once per booth and once per organization, kept by the database), and after
 * the event each booth's sales are recorded; the totals per event are on the staff page and the dashboard.
 */
package org.ieum.market.fairs;
