package org.ieum.identity;

import java.time.LocalDate;

/**
 * What another module needs to decide whether a person may join something.
 *
 * @param birthDate {@code null} when the person never gave one
 * @param awaitingGuardian an under-14 account whose guardian consent staff have not confirmed yet
 */
public record AccountStanding(LocalDate birthDate, boolean awaitingGuardian) {
}
