package org.ieum.spaces;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpacePhotoRepository extends JpaRepository<SpacePhoto, Long> {

	List<SpacePhoto> findBySpaceIdOrderById(long spaceId);

	long countBySpaceId(long spaceId);
}
