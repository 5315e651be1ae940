package org.ieum.identity;

/** An account was deleted and its personal data anonymized; modules drop what they hold of it. */
public record AccountDeleted(long accountId) {
}
