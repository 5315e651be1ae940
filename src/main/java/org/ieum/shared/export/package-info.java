/**
 * The one way Ieum writes tables for spreadsheets (CSV and XLSX): every text cell that a
 * spreadsheet would run as a formula is neutralized, numbers stay numbers.
 */
package org.ieum.shared.export;
