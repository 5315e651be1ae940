package org.ieum.programs.call;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FormFieldRepository extends JpaRepository<FormField, Long> {

	public List<FormField> findByCallIdAndFormOrderBySortOrderAscIdAsc(long callId, FormKind form);
}
