package org.ieum.consulting.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByRequestIdOrderByIdAsc(long requestId);
}
