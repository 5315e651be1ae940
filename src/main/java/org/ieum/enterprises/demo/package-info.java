/**
 * The demo network's organizations, loaded on the first start when demo data is enabled.
 */
package org.ieum.enterprises.demo;
