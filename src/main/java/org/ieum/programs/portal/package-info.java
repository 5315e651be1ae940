/**
 * The public side: a center's calls, a call's page with its apply button, the receipt, the calls card
 * on the center's home page and the calls API.
 */
package org.ieum.programs.portal;
