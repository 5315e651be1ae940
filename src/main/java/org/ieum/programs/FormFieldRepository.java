package org.ieum.programs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormFieldRepository extends JpaRepository<FormField, Long> {

	List<FormField> findByCallIdAndFormOrderBySortOrderAscIdAsc(long callId, FormKind form);
}
