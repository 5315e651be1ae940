/** The library's demo data. */
package org.ieum.library.demo;
