package fr.entente.web.problem;

import fr.entente.common.api.RefusedException;
import fr.entente.infra.security.AccountConflictException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static fr.entente.web.problem.Problems.currentLocale;

/**
 * Problem details for what a command or a query met: the domain's refusals by kind (422, 409, 404, 403) with their
 * code, field and sentence in the reader's language; Axon's conflicts (409) and unknown aggregates (404); accounts
 * whose username or e-mail is taken (409); things the person may not see (404). Each refusal is logged as one line;
 * anything else is a 500, logged here with its stack trace and answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CommandProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemsAdvice.class);

    private final Problems problems;

    public CommandProblemsAdvice(Problems problems) {
        this.problems = problems;
    }

    /**
     * The problem details a request's failure answers, for the pages that show it next to a form's field rather
     * than answering it: the same status, code, field and sentence as the API.
     */
    public ProblemDetail problemOf(Exception exception) {
        if (exception instanceof RefusedException refused) {
            return refused(refused);
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

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException refused) {
        RefusalLog.refused(refused.code(), refused.field());
        return problems.refused(currentLocale(), refused);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException exception) {
        Object details = exception.getDetails().orElse(null);
        if (details instanceof RefusedException refused) {
            return refused(refused);
        }
        if (exception.getCause() instanceof RefusedException refused) {
            return refused(refused);
        }
        return unexpected(exception);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail conflict(Exception exception) {
        return refused(WebRefusal.CONCURRENT_CHANGE);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException exception) {
        return notVisible(NotVisibleException.cooperation());
    }

    @ExceptionHandler(NotVisibleException.class)
    ProblemDetail notVisible(NotVisibleException exception) {
        return refused(exception.refusal());
    }

    @ExceptionHandler(RequestRefusedException.class)
    ProblemDetail refused(RequestRefusedException exception) {
        return refused(exception.refusal(), exception.arguments().toArray());
    }

    @ExceptionHandler(AccountConflictException.class)
    ProblemDetail accountTaken(AccountConflictException exception) {
        return refused("email".equals(exception.field()) ? WebRefusal.EMAIL_TAKEN : WebRefusal.USERNAME_TAKEN);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected failure while handling an API request", exception);
        return problems.of(currentLocale(), WebRefusal.SERVER_ERROR);
    }

    private ProblemDetail refused(WebRefusal refusal, Object... arguments) {
        RefusalLog.refused(refusal.code(), refusal.field());
        return problems.of(currentLocale(), refusal, arguments);
    }
}
