/**
 * The organization aggregate with its designations, products and change history, and the access rules every enterprises feature shares.
 */
package org.ieum.enterprises.records;
