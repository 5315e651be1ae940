package org.ieum.enterprises.employment;

/** The employment figures of a set of centers' organizations in one year: how many reported, and their sums. */
public record YearTotal(int year, long organizations, long employees, long vulnerable, long newHires) {
}
