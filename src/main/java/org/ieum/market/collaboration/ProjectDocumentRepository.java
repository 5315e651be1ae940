package org.ieum.market.collaboration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, Long> {

	List<ProjectDocument> findByProjectIdOrderByUploadedAtDescIdDesc(long projectId);
}
