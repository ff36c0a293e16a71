package fr.entente.forum.api;

/** A body's space, whose members follow the body's roster, or a space on a theme whose members are chosen. */
public enum SpaceKind {
    BODY,
    THEME
}
