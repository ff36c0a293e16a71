package fr.entente.web.operations.pages;

import fr.entente.web.operations.ReadModelOperations;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.ZoneId;

/** The read models' page: each read model, where it lives, a button to rebuild it, and the rebuild's progress. */
@PageController
public class ReadModelsPageController {

    private final ReadModelOperations operations;

    ReadModelsPageController(ReadModelOperations operations) {
        this.operations = operations;
    }

    @GetMapping("/exploitation/modeles-de-lecture")
    String readModels(Model model) {
        model.addAttribute("readModels", operations.readModels());
        model.addAttribute("zone", ZoneId.of("Europe/Paris"));
        return "modeles-de-lecture";
    }

    @PostMapping("/exploitation/modeles-de-lecture/{name}/reconstruction")
    String rebuild(@PathVariable String name) {
        operations.rebuild(name);
        return "redirect:/exploitation/modeles-de-lecture#modele-" + name;
    }
}
