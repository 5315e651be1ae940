/** The community module's demo data. */
package org.ieum.community.demo;
