/** What a member does as a client (the one window, my requests) and the expert's own assignments pages. */
package org.ieum.consulting.requests;
