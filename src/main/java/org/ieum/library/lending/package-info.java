/** Lending: checkout and check-in at the desk, renewals, holds and their queue, lost and withdrawn copies, and the jobs that remind borrowers of overdue books and pass on uncollected holds. */
package org.ieum.library.lending;
