package fr.entente.infra.security;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/** People's accounts in MongoDB, BCrypt, the sign-in throttle, and the secret tokens of the calendar feeds. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountsProperties.class)
public class AccountsConfiguration {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public PersonAccounts personAccounts(MongoDatabase database, PasswordEncoder passwordEncoder) {
        return new PersonAccounts(database, passwordEncoder, Clock.systemUTC());
    }

    @Bean
    public CalendarFeedTokens calendarFeedTokens(MongoDatabase database) {
        return new CalendarFeedTokens(database, Clock.systemUTC());
    }

    @Bean
    public PeopleUserDetailsService peopleUserDetailsService(PersonAccounts accounts) {
        return new PeopleUserDetailsService(accounts);
    }

    @Bean
    public SignInThrottle signInThrottle(MongoDatabase database, AccountsProperties properties) {
        return new SignInThrottle(database, "sign-in", properties.maxFailedSignIns(), properties.maxFailedSignInsPerAddress(),
                                  properties.firstLock(), properties.longestLock(), Clock.systemUTC());
    }
}
