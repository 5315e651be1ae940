/**
 * The demo network's consulting (expert pools, agreements, requests and sessions), loaded on the first start when
 * demo data is enabled.
 */
package org.ieum.consulting.demo;
