/** The core of the market every feature uses: the category tree and the listings of the showcase with their refresh from the organizations' products. */
package org.ieum.market.catalog;
