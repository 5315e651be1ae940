/** The staff back office of the market: the category tree, and what the showcase says about each product of the center's organizations. */
package org.ieum.market.administration;
