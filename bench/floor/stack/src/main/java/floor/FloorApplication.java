package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's fixed stack with nothing of the site in it (bench/floor.sh): a page that counts
 * the rows of one table through a Spring Data JPA repository, open to all; everything else
 * behind Spring Security's form sign-in; the table made by Flyway in an H2 file.
 */
@SpringBootApplication
@Controller
public class FloorApplication {

	private final Notes notes;

	FloorApplication(Notes notes) {
		this.notes = notes;
	}

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("count", this.notes.count());
		return "home";
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.requestMatchers("/").permitAll().anyRequest().authenticated())
			.formLogin((form) -> {
			})
			.build();
	}

}
