package org.ieum.content.board;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardRepository extends JpaRepository<Board, Long> {

	List<Board> findByCenterIdOrderByPositionAscIdAsc(long centerId);

	List<Board> findByCenterIdAndEnabledTrueOrderByPositionAscIdAsc(long centerId);

	List<Board> findByEnabledTrue();

	Optional<Board> findByCenterIdAndSlug(long centerId, String slug);

	boolean existsByCenterIdAndSlug(long centerId, String slug);

	/** The board of this kind where a post shared from a center above appears: the first one in the menu. */
	Optional<Board> findFirstByCenterIdAndKindAndEnabledTrueOrderByPositionAscIdAsc(long centerId, BoardKind kind);
}
