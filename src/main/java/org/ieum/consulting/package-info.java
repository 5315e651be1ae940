/**
 * Consulting and mentoring (컨설팅·멘토링): each center's expert pool, agreements that share a
 * pool with a partner center, requests through one window (컨설팅, 멘토링, 애로사항), staff
 * triage with suggested experts, the expert's answer, sessions under a yearly hour budget per
 * organization, completion and the client's rating, and figures for statistics
 * ({@link org.ieum.consulting.ConsultingApi}). It uses {@code identity}, {@code centers},
 * {@code enterprises} and {@code shared}.
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted}; depends on {@code shared}, {@code
 * identity}, {@code centers} and {@code enterprises} (it answers the readiness checklist's
 * {@link org.ieum.enterprises.ReadinessReferences} about a consultant assigned to a requirement).
 */
@ApplicationModule(displayName = "Consulting", allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises" })
package org.ieum.consulting;

import org.springframework.modulith.ApplicationModule;
