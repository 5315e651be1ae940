/**
 * Buyer inquiries (구매·견적 문의): the form on a product page and the API send an inquiry to the selling organization's
 * managers, who answer it on My page; the buyer reads the answer through a private link; staff follow the unanswered
 * ones (overdue after three working days); the buyer's contacts are logged on every read and erased after a retention
 * period.
 */
package org.ieum.market.inquiries;
