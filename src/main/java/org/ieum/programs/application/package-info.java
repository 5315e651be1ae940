/**
 * The applicant's side: start a draft from a call's page (eligibility checked), answer, attach files,
 * submit before the deadline, withdraw; the applicant's own pages, the receipt, and the deadlines on
 * the My page home.
 */
package org.ieum.programs.application;
