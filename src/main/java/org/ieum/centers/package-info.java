/**
 * The network of support centers: the hierarchy of centers, their sites, opening hours,
 * holidays and closures, contacts and visitor counts. Other modules read it through
 * {@link org.ieum.centers.CentersApi}; it depends on nothing but {@code shared}.
 */
package org.ieum.centers;
