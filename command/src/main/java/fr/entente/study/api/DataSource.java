package fr.entente.study.api;

/** The observatory's data sources (convention, art. 5). */
public enum DataSource {
    /** Rapport social unique. */
    RSU,
    RASSCT,
    HANDITORIAL,
    GPEEC,
    FLASH_SURVEY,
    /** Job offers, job seekers, vacancy declarations. */
    TERRITORIAL_EMPLOYMENT,
    /** Competitive examinations. */
    CONCOURS,
    /** The observatory's own surveys. */
    OWN_SURVEY
}
