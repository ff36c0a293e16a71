package fr.entente.web.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string that is no text: it holds half of a UTF-16 surrogate pair, which no character encoding can store
 * (the store would keep U+FFFD in its place, silently). Refused, naming the field, rather than changed.
 */
class MalformedTextException extends JsonMappingException {

    MalformedTextException(JsonParser parser) {
        super(parser, "A string holds a lone surrogate");
    }
}
