/** The public showcase of every portal and of the network: Korean search with facets, product pages, featured products on the home page and the JSON API. */
package org.ieum.market.showcase;
