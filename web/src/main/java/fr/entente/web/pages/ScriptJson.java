package fr.entente.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * What a live page's script needs, as JSON safe to embed in a {@code <script type="application/json">} element: no
 * {@code <} is left that could close the element early.
 */
@Component
public class ScriptJson {

    private final ObjectMapper json;

    ScriptJson(ObjectMapper json) {
        this.json = json;
    }

    public String of(Object data) {
        try {
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A page's live data cannot be written as JSON", e);
        }
    }
}
