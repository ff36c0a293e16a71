package fr.entente.web.problem;

import fr.entente.common.api.DomainRuleViolationException;
import fr.entente.infra.security.AccountConflictException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for what a command or a query met: the domain's rule violations by kind (422, 409, 404, 403)
 * with their code, field and French message; Axon's conflicts (409) and unknown aggregates (404); accounts whose
 * username or e-mail is taken (409); things the person may not see (404); anything else 500, logged here and
 * answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CommandProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemsAdvice.class);

    /**
     * The problem details a request's failure answers, for the pages that show it next to a form's field rather
     * than answering it: the same status, code, field and French message as the API.
     */
    public ProblemDetail problemOf(Exception exception) {
        if (exception instanceof DomainRuleViolationException violation) {
            return ruleViolated(violation);
        }
        if (exception instanceof CommandExecutionException failed) {
            return commandFailed(failed);
        }
        if (exception instanceof ConcurrencyException || exception instanceof AggregateStreamCreationException) {
            return conflict(exception);
        }
        if (exception instanceof AggregateNotFoundException notFound) {
            return aggregateNotFound(notFound);
        }
        if (exception instanceof NotVisibleException notVisible) {
            return notVisible(notVisible);
        }
        if (exception instanceof RequestRefusedException refused) {
            return refused(refused);
        }
        if (exception instanceof AccountConflictException taken) {
            return accountTaken(taken);
        }
        return unexpected(exception);
    }

    @ExceptionHandler(DomainRuleViolationException.class)
    ProblemDetail ruleViolated(DomainRuleViolationException violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return Problems.of(status, violation.code(), violation.field(), violation.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException exception) {
        Object details = exception.getDetails().orElse(null);
        if (details instanceof DomainRuleViolationException violation) {
            return ruleViolated(violation);
        }
        if (exception.getCause() instanceof DomainRuleViolationException violation) {
            return ruleViolated(violation);
        }
        return unexpected(exception);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail conflict(Exception exception) {
        return Problems.of(HttpStatus.CONFLICT, "request.concurrent-change", null,
                "Quelqu'un a modifié la même chose au même moment. Rechargez, vérifiez, puis recommencez si "
                + "c'est encore nécessaire.");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException exception) {
        return notVisible(NotVisibleException.cooperation());
    }

    @ExceptionHandler(NotVisibleException.class)
    ProblemDetail notVisible(NotVisibleException exception) {
        return Problems.of(HttpStatus.NOT_FOUND, exception.code(), null, exception.getMessage());
    }

    @ExceptionHandler(RequestRefusedException.class)
    ProblemDetail refused(RequestRefusedException exception) {
        return exception.problem();
    }

    @ExceptionHandler(AccountConflictException.class)
    ProblemDetail accountTaken(AccountConflictException exception) {
        String detail = "email".equals(exception.field())
                ? "Cette adresse e-mail est déjà celle d'un compte. Une personne n'a qu'un compte : vérifiez "
                  + "l'adresse, ou demandez à la personne de se connecter avec son compte existant."
                : "Cet identifiant de connexion est déjà pris. Choisissez-en un autre (par exemple prénom.nom "
                  + "suivi du département).";
        return Problems.of(HttpStatus.CONFLICT, "account." + exception.field() + "-taken", exception.field(), detail);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected failure while handling an API request", exception);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", null,
                "Une erreur inattendue est survenue. Rechargez pour voir où en sont les choses, réessayez dans un "
                + "moment, et signalez-la si elle se reproduit.");
    }
}
