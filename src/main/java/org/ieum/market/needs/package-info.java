/**
 * Buyer needs (구매 수요): staff of a buyer's center post what a registered public buyer looks for (a category of the
 * tree, quantity, optional budget, a Seoul deadline and a delivery region); the organizations that offer products in
 * that category (or one below it) in the center's area are listed for staff and told once each; managers of any
 * organization respond from My page with an offer and a file until the deadline, once per organization; staff record
 * the buyer's decision on each response and close the need, and the responders hear the outcome.
 */
package org.ieum.market.needs;
