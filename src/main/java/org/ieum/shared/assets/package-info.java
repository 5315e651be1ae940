/**
 * The site's own static files (CSS, scripts, icons, fonts) served the way a web server serves them:
 * read once at start-up, addressed by a name that carries their content's hash so browsers keep them
 * for a year, gzip-compressed once rather than per request, and answered before the rest of the
 * application runs.
 */
package org.ieum.shared.assets;
