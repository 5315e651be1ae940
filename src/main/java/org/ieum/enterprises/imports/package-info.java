/**
 * Import and export of organization lists: the public lists (labor ministry social
 * enterprises, interior ministry village enterprises, self-sufficiency enterprises, a
 * center's own list) as CSV or XLSX, previewed and confirmed by staff or run from the
 * command line, and the staff list exported as CSV or XLSX.
 */
package org.ieum.enterprises.imports;
