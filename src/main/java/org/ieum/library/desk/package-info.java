/** The staff back office of the library: the desk (checkout and check-in by barcode, the day's returns, the hold shelf, overdue loans), the catalogue with its copies, adding a book by ISBN, and the center's lending rules. */
package org.ieum.library.desk;
