package fr.entente.web.pages;

import fr.entente.web.security.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A placeholder home page for the signed-in person, until the real pages come. */
@Controller
class HomePageController {

    private final CurrentPerson currentPerson;

    HomePageController(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("displayName", currentPerson.get().displayName());
        return "accueil";
    }
}
