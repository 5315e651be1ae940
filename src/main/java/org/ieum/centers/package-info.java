/**
 * The network of support centers: the hierarchy of centers, their sites, opening hours,
 * holidays and closures, contacts and visitor counts. Other modules read it through
 * {@link org.ieum.centers.CentersApi}; it depends on nothing but {@code shared}.
 * <p>
 * Publishes no events and listens to none; depends on {@code shared} only, so every module may use it.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
package org.ieum.centers;

import org.springframework.modulith.ApplicationModule;
