package org.ieum.content.pages;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SitePageRepository extends JpaRepository<SitePage, Long> {

	Optional<SitePage> findByCenterIdAndKind(long centerId, PageKind kind);
}
