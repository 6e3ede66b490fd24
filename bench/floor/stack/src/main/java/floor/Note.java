package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One row of the floor's one table. */
@Entity
class Note {

	@Id
	Long id;

	String text;

}
