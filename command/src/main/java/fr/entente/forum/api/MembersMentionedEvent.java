package fr.entente.forum.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A post mentions members of its space ({@code personIds}, all members of the space when it was written) or the
 * whole space ({@code wholeSpace}); it follows the post's {@link PostWrittenEvent}.
 */
@Revision("1")
public record MembersMentionedEvent(String threadId, String postId, List<String> personIds, boolean wholeSpace) {

    public MembersMentionedEvent {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
