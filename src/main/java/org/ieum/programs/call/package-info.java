/**
 * The core every programs feature shares: the call ({@code ProgramCall}) with its application and
 * report forms and its criteria, the applications with their answers and files, the reviews, who
 * may read an application (with its access-log entry), the upload check, the mails, and the views
 * pages are built from. It depends on no feature of the module, so the features ({@code application},
 * {@code review}, {@code reports}, {@code administration}, {@code portal}) can share it without a cycle.
 */
package org.ieum.programs.call;
