/**
 * The public directory: the list of organizations, public profiles and the public JSON API.
 */
package org.ieum.enterprises.directory;
