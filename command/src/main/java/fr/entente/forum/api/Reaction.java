package fr.entente.forum.api;

/** The small fixed set of reactions to a post: a nod, thanks, agreement, an idea, a question. */
public enum Reaction {
    LIKE,
    THANKS,
    AGREED,
    IDEA,
    QUESTION
}
