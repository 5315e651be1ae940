/** Local file storage for uploads, checked by content (one area per module). */
package org.ieum.shared.files;
