/**
 * The demo network's courses, loaded on the first start when demo data is enabled.
 */
package org.ieum.education.demo;
