package archfixture.leaky.owner;

import org.springframework.data.repository.Repository;

/** The {@code owner} module's repository. */
public interface ThingRepository extends Repository<Thing, Long> {

	Thing findById(long id);
}
