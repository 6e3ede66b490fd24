package floor;

import org.springframework.data.jpa.repository.JpaRepository;

/** The floor's one repository. */
interface Notes extends JpaRepository<Note, Long> {

}
