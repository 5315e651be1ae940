/** Demo data of the statistics module: example cohorts. */
package org.ieum.stats.demo;
