/**
 * Public procurement (공공구매): the register of public buyers a center keeps with their yearly targets, the purchase
 * records staff enter and the organizations' managers confirm, and the figures (actual against target, by region,
 * category, type of organization and year, top sellers) on the dashboard, as XLSX and as open data.
 */
package org.ieum.market.procurement;
