/** Triage by staff and matching a request with an expert. */
package org.ieum.consulting.matching;
