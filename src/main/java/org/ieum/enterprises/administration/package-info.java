/**
 * Staff work on organizations: create, edit, designations, merge duplicates, close or suspend, expiring designations and claim decisions.
 */
package org.ieum.enterprises.administration;
