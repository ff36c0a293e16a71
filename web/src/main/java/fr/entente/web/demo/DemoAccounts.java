package fr.entente.web.demo;

/** Where the demo loader creates the demo people's accounts (names, e-mails and passwords stay out of the log). */
interface DemoAccounts {

    void createActiveAccount(String personId, String username, String displayName, String email, String rawPassword);
}
