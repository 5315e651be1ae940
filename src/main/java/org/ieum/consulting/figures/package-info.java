/** Consulting on the staff dashboard. */
package org.ieum.consulting.figures;
