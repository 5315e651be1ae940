/**
 * The directory's figures for statistics and the staff dashboard, counted in the database so
 * they hold at any size.
 */
package org.ieum.enterprises.figures;
