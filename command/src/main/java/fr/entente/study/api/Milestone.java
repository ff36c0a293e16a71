package fr.entente.study.api;

import java.time.LocalDate;

/** A step of a launched study, with the date it is due. */
public record Milestone(String milestoneId, String title, LocalDate due) {
}
