/**
 * Members who manage their own organization: claims by business registration number, profile and product edits, and forgetting deleted accounts.
 */
package org.ieum.enterprises.membership;
