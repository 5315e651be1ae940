/**
 * Tables imported from CSV or XLSX, for every module's imports: a file read by its content
 * (CSV in UTF-8 or CP949, detected; the first sheet of an XLSX, streamed), kept between its
 * preview and its confirmation ({@link org.ieum.shared.imports.KeptUploads}), and read row by
 * row with spreadsheet row numbers and named problems by a module's
 * {@link org.ieum.shared.imports.RowImport} under one all-or-nothing rule
 * ({@link org.ieum.shared.imports.TableImports}). A module's row import extends
 * {@link org.ieum.shared.imports.KeptTableImport} and gets its upload, preview and done pages from
 * {@link org.ieum.shared.imports.TableImportController} with the texts of an
 * {@link org.ieum.shared.imports.ImportPage}. The directory's organization lists use the
 * file reading and the kept uploads with their own matching rules.
 */
package org.ieum.shared.imports;
