/**
 * Moving in from a Gnuboard5 site: the {@code import gnuboard} command that brings its boards,
 * posts, comments and attachments into a center, and the redirects that keep its old
 * addresses working. Depends on the core {@code board} package only.
 */
package org.ieum.content.gnuboard;
