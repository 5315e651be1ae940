/**
 * Members who manage their own organization: claims by business registration number, profile and product edits, and
 * forgetting deleted accounts. The claim itself lives in {@code records}, because staff decide it in
 * {@code administration} too.
 */
package org.ieum.enterprises.membership;
