package fr.entente.web.decision.pages;

import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.VoteView;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.decision.DecisionNames;
import fr.entente.web.decision.SeenDecision;
import fr.entente.web.forum.ForumReading;
import fr.entente.web.pages.MarkdownText;
import fr.entente.web.pages.ScriptJson;
import fr.entente.web.security.CooperationAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a decision's page shows, from its view and who looks: the question, the text rendered from Markdown and
 * sanitised, the tally and who voted what (each voting centre, its vote or none yet), the outcome and number, and the
 * forms the person may use (vote, delegate, close, annul).
 */
@Component
class DecisionPageModel {

    /** A voting centre's line: its name, and its vote as it stands (or none). */
    record CentreLine(String organisationId, String name, String option, String voterName, ZonedDateTime at) {
    }

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DecisionNames names;
    private final MarkdownText markdown;
    private final CooperationAccess cooperations;
    private final DecisionAccess access;
    private final ScriptJson json;
    private final MessageSource messages;
    private final ForumReading forum;
    private final fr.entente.web.document.DocumentLinks documents;

    DecisionPageModel(DecisionNames names, MarkdownText markdown, CooperationAccess cooperations, DecisionAccess access,
                      ScriptJson json, MessageSource messages, ForumReading forum,
                      fr.entente.web.document.DocumentLinks documents) {
        this.forum = forum;
        this.documents = documents;
        this.names = names;
        this.markdown = markdown;
        this.cooperations = cooperations;
        this.access = access;
        this.json = json;
        this.messages = messages;
    }

    /** The link back from the decision to the forum: the threads about it of the spaces the reader is in. */
    void forumThreads(SeenDecision seen, Model model) {
        model.addAttribute("forumThreads", forum.threadsAboutDecision(seen.decision().cooperationId(),
                                                                      seen.decision().decisionId()));
    }

    void fill(SeenDecision seen, Model model, Locale locale) {
        DecisionView decision = seen.decision();
        DecisionNames.Names named = names.of(decision);
        model.addAttribute("decision", decision);
        model.addAttribute("seen", seen);
        model.addAttribute("tally", decision.tally());
        model.addAttribute("textHtml", markdown.html(decision.text()));
        // a decision about a document links to its page, for those who see it (nothing for the others)
        model.addAttribute("concernDocument", decision.concern() != null
                                              && decision.concern().kind() == fr.entente.decision.api.ConcernKind.DOCUMENT
                ? documents.seen(decision.cooperationId(), decision.concern().referenceId()).orElse(null) : null);
        model.addAttribute("people", named.people());
        model.addAttribute("organisations", named.organisations());
        model.addAttribute("centres", centres(decision, named));
        model.addAttribute("deadline", decision.deadline() == null ? null : decision.deadline().atZone(PARIS));
        model.addAttribute("closedAt", decision.closedAt() == null ? null : decision.closedAt().atZone(PARIS));
        model.addAttribute("history", decision.history().stream().map(entry -> Map.of(
                "what", entry.what(), "at", entry.at().atZone(PARIS),
                "actor", "system".equals(entry.actorId()) ? messages.getMessage("decision.history.system", null, locale)
                        : named.people().getOrDefault(entry.actorId(), null) == null
                          ? messages.getMessage("directory.unknownPerson", null, locale) : named.people().get(entry.actorId()),
                "centre", entry.organisationId() == null ? "" : named.organisations().getOrDefault(entry.organisationId(), entry.organisationId()),
                "detail", detail(entry.what(), entry.detail(), locale))).toList());
        model.addAttribute("bodyName", bodyName(decision));
        model.addAttribute("currentVote", seen.currentVote());
        boolean sits = access.sitsIn(seen.personId(), decision.cooperationId(), decision.bodyId());
        boolean mayDelegate = decision.open() && seen.mayDelegate(sits);
        model.addAttribute("mayDelegate", mayDelegate);
        model.addAttribute("delegate", seen.organisationId() == null ? null : decision.delegates().stream()
                .filter(delegate -> delegate.organisationId().equals(seen.organisationId())).findFirst().orElse(null));
        model.addAttribute("colleagues", mayDelegate ? colleagues(seen) : Map.of());
        model.addAttribute("reasonLimit", DecisionLimits.REASON);
        model.addAttribute("liveJson", json.of(Map.of(
                "topic", LiveTopics.decision(decision.cooperationId(), decision.decisionId()),
                "position", decision.position(),
                "sections", "/cooperations/" + decision.cooperationId() + "/decisions/" + decision.decisionId() + "/sections",
                "updated", messages.getMessage("decision.live.updated", null, locale),
                "newer", messages.getMessage("decision.live.newer", null, locale))));
    }

    /** The detail of a history line: the outcome in words, or as recorded (an option, a reference, a reason). */
    private String detail(String what, String detail, Locale locale) {
        if (detail == null) {
            return "";
        }
        return "closed".equals(what) ? messages.getMessage("decision.outcome." + detail, null, locale) : detail;
    }

    private Map<String, String> colleagues(SeenDecision seen) {
        Map<String, String> people = new LinkedHashMap<>(names.peopleOf(seen.decision().cooperationId(), seen.organisationId()));
        people.remove(seen.personId());
        return people;
    }

    private String bodyName(DecisionView decision) {
        return cooperations.findCooperation(decision.cooperationId())
                           .flatMap(cooperation -> cooperation.bodies().stream()
                                                              .filter(body -> body.bodyId().equals(decision.bodyId()))
                                                              .findFirst())
                           .map(body -> body.name() == null || body.name().isBlank() ? body.bodyId() : body.name())
                           .orElse(decision.bodyId());
    }

    private static List<CentreLine> centres(DecisionView decision, DecisionNames.Names named) {
        return decision.electorate().stream().map(organisationId -> {
            VoteView vote = decision.votes().stream().filter(cast -> cast.organisationId().equals(organisationId))
                                    .findFirst().orElse(null);
            return new CentreLine(organisationId, named.organisations().getOrDefault(organisationId, organisationId),
                                  vote == null ? null : vote.option(),
                                  vote == null ? null : named.people().get(vote.voterId()),
                                  vote == null ? null : vote.at().atZone(PARIS));
        }).toList();
    }
}
