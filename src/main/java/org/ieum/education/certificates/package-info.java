/**
 * Certificates of completion: numbers issued once the completion rule is met, the PDF, and the public page that
 * confirms a number.
 */
package org.ieum.education.certificates;
