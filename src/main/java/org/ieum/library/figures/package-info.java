/** The library's tiles on the staff statistics dashboard. */
package org.ieum.library.figures;
