/** The core of the library every feature uses: books and copies, loans, holds and each center's lending rules, with their repositories and the search index of the catalogue. */
package org.ieum.library.books;
