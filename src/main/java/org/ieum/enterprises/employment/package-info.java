/**
 * Jobs over time: each organization's employment per year (its paid workers, of whom from vulnerable groups, and the
 * year's new hires), entered by its managers on My page or by staff, or imported by staff from a CSV or XLSX table
 * through {@code shared.imports}; the same rules refuse figures that cannot be (more vulnerable-group workers or new
 * hires than workers, negative numbers, a year not yet begun). The sums per year are figures for the staff dashboard
 * and the yearly report.
 * <p>
 * Depends on {@code records} only.
 */
package org.ieum.enterprises.employment;
