package fr.entente.web.pages;

import fr.entente.web.application.ReadModels;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/**
 * A page that answers a form is rendered once the read models it shows have applied what the form wrote: the form's
 * answer carries the position of its last event ({@link PageForm#answer}), and the page waits for its read models'
 * processors to pass it, a bounded time. Past that wait, the page says that the change is recorded and will show in
 * a moment (the live updates then bring it).
 */
@Component
public class ReadYourWrites {

    /** The flash attribute that carries the position of what the form wrote. */
    static final String WRITTEN = "writtenPosition";

    private final ReadModels readModels;

    ReadYourWrites(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Waits for these processing groups to show what the form wrote, if the page answers one. */
    public void await(Model model, String... processingGroups) {
        if (model.getAttribute(WRITTEN) instanceof Long position
            && !readModels.awaitProcessed(position, ReadModels.DEFAULT_WAIT, List.of(processingGroups))) {
            model.addAttribute("notYetShown", true);
        }
    }
}
