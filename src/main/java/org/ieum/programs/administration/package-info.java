/**
 * The staff back office: set up a call (details, forms, criteria) and announce it, read its
 * applications (written to the access log), export them, and the programs figures on the dashboard.
 */
package org.ieum.programs.administration;
