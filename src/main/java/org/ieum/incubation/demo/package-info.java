/**
 * The demo network's incubation offices and tenancies, loaded on the first start when demo data is enabled.
 */
package org.ieum.incubation.demo;
