/**
 * Collaboration projects (협업사업): two or more organizations, a lead and partners, around a joint product, brand or
 * sales channel. Staff of the center keep the goal, the budget (support and own share in whole won), milestones with
 * due dates (overdue ones, evaluated in Seoul, on the staff dashboard), shared documents (for staff and the managers of
 * the project's organizations only) and the sales per month or quarter, which the organizations' managers may also
 * enter on My page. An awardee of a support-program call of kind collaboration becomes a draft project once.
 */
package org.ieum.market.collaboration;
