package fr.entente.cooperation.api;

/** The kinds of bodies of a cooperation (art. 3 of the Hauts-de-France convention). */
public enum BodyKind {
    /** Comité de pilotage: the presidents, or the steering committee of a partnership. */
    STEERING_COMMITTEE,
    /** Comité technique: the directors. */
    TECHNICAL_COMMITTEE,
    /** Groupe de travail: the referents of the centres. */
    WORKING_GROUP,
    /** Any other body; it must be named. */
    OTHER
}
