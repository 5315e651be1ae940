package org.ieum.shared.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scheduled job that must run on every node of a cluster, because what it works on
 * is the node's own (its memory, its local search index), instead of once for the cluster
 * under a {@code @SchedulerLock}. Every {@code @Scheduled} method carries one of the two
 * (ArchitectureTests), so a new job is a decision, never an accident.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryNode {

	/** Why the job belongs to each node. */
	String value();
}
