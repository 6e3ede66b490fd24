package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Spring MVC and Thymeleaf alone: one page from one template (bench/floor.sh). */
@SpringBootApplication
@Controller
public class FloorApplication {

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("count", 0);
		return "home";
	}

}
