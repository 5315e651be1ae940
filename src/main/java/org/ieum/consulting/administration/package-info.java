/** The staff pages of cases and their export. */
package org.ieum.consulting.administration;
