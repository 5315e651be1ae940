/**
 * What visitors and members see: a center's course list, calendar and course pages, enrolling from them, the
 * upcoming courses on the center's home page, a member's own courses ({@code /my/education}) and the JSON API.
 */
package org.ieum.education.catalog;
