package org.ieum.centers;

/**
 * What other modules may know about a center.
 *
 * @param parentId the metropolitan or provincial center above it, or {@code null}
 * @param region the 시도 it belongs to, e.g. 부산광역시
 */
public record CenterSummary(long id, String slug, String name, Long parentId, String region) {
}
