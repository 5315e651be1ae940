package archfixture.leaky.owner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of the {@code owner} module. */
@Entity
public class Thing {

	@Id
	private Long id;

	public Long getId() {
		return id;
	}
}
