/**
 * The demo network's calls, applications, reviews and reports, loaded on the first start when demo
 * data is enabled.
 */
package org.ieum.programs.demo;
