/**
 * The organization aggregate with its designations, products, management claims and change history, and the access
 * rules every enterprises feature shares. It depends on no other feature of the module, so that the features
 * ({@code administration}, {@code membership}, {@code directory}, ...) can share it without a cycle.
 */
package org.ieum.enterprises.records;
