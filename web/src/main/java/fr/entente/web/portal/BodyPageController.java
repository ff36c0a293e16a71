package fr.entente.web.portal;

import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.pages.SectionRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ScriptJson;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.cooperation.DirectoryReading;
import fr.entente.web.cooperation.DirectoryResults;
import fr.entente.web.live.LivePositions;
import org.springframework.context.MessageSource;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.cooperation.api.MemberCentres;
import fr.entente.web.meeting.MeetingCalendar;
import fr.entente.web.meeting.MeetingReferrals;
import fr.entente.web.meeting.ReportedMinutes;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.decision.query.DecisionStatus;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body's page: what it is, its named partners, its members and their roles, live, and for its members its meetings.
 * Read through the directory's and the meetings' application layers, as the API reads, to the same people (404 page
 * otherwise); {@code /js/instance.js} then follows the body's topic and renders the members again when they change.
 */
@PageController
public class BodyPageController {

    private final DirectoryReading directory;
    private final LivePositions livePositions;
    private final MessageSource messages;
    private final ScriptJson json;
    private final CooperationAccess access;
    private final QueryGateway queries;
    private final MeetingCalendar calendar;
    private final ReportedMinutes reportedMinutes;
    private final MeetingReferrals referrals;
    private final DecisionAccess decisions;

    private static final String MEETINGS_SECTION = "liste-reunions";
    private static final String DECISIONS_SECTION = "liste-decisions";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SectionRenderer sections;
    private final ReadYourWrites readYourWrites;

    BodyPageController(SectionRenderer sections, ReadYourWrites readYourWrites, DirectoryReading directory, LivePositions livePositions, MessageSource messages,
                       ScriptJson json, CooperationAccess access, QueryGateway queries,
                       MeetingCalendar calendar, ReportedMinutes reportedMinutes, MeetingReferrals referrals,
                       DecisionAccess decisions) {
        this.decisions = decisions;
        this.reportedMinutes = reportedMinutes;
        this.referrals = referrals;
        this.sections = sections;
        this.readYourWrites = readYourWrites;
        this.access = access;
        this.queries = queries;
        this.calendar = calendar;
        this.directory = directory;
        this.livePositions = livePositions;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/cooperations/{cooperationId}/instances/{bodyId}")
    String body(@PathVariable String cooperationId, @PathVariable String bodyId, Model model, Locale locale) {
        readYourWrites.await(model, "meetings", "cooperation-directory");
        String topic = LiveTopics.body(cooperationId, bodyId);
        long position = livePositions.of(topic);
        DirectoryResults.Body body = directory.body(cooperationId, bodyId);
        DirectoryResults.Directory cooperation = directory.directory(cooperationId);
        Map<String, String> organisations = cooperation.organisationNames();
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("body", body);
        model.addAttribute("organisations", organisations);
        model.addAttribute("thisYear", Year.now(PARIS).getValue());
        model.addAttribute("presidingCentreName", cooperation.presidingCentre() == null ? null
                : organisations.get(MemberCentres.organisationIdOf(cooperation.presidingCentre())));
        model.addAttribute("partnerNames", body.partners().stream().map(id -> organisations.getOrDefault(id, id))
                                               .collect(Collectors.joining(", ")));
        model.addAttribute("liveJson", liveData(topic, position, cooperationId, bodyId, organisations, locale));
        meetings(cooperationId, bodyId, model);
        decisions(cooperationId, bodyId, model);
        return "instance";
    }

    /**
     * The live sections of the page (its list of meetings, for the body's members; its open decisions, for those who
     * see them), as this person sees them, after a live update: {@code {"position": …, "sections": {id: html}}}.
     */
    @GetMapping(path = "/cooperations/{cooperationId}/instances/{bodyId}/sections", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> sections(@PathVariable String cooperationId, @PathVariable String bodyId,
                                 @RequestParam List<String> ids, @RequestParam(defaultValue = "0") long since,
                                 Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        body(cooperationId, bodyId, model, locale);
        Map<String, String> rendered = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(model.getAttribute("memberOfBody")) && ids.contains(MEETINGS_SECTION)) {
            rendered.put(MEETINGS_SECTION, SectionRenderer.forRequest(
                    sections.render("instance", MEETINGS_SECTION, model.asMap(), request, response, locale), request));
        }
        if (Boolean.TRUE.equals(model.getAttribute("decisionsVisible")) && ids.contains(DECISIONS_SECTION)) {
            rendered.put(DECISIONS_SECTION, SectionRenderer.forRequest(
                    sections.render("instance", DECISIONS_SECTION, model.asMap(), request, response, locale), request));
        }
        return Map.of("position", since, "sections", rendered);
    }

    /** A form's address opened in the address bar (a bookmark, a reload after a refusal): the page. */
    @GetMapping("/cooperations/{cooperationId}/instances/{bodyId}/**")
    String formAddress(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return "redirect:/cooperations/" + cooperationId + "/instances/" + bodyId;
    }

    /** The body's meetings, for its members only; the forms to plan them, for its officer and convenor. */
    /** The body's open decisions and the link to its register, for those who see its decisions. */
    private void decisions(String cooperationId, String bodyId, Model model) {
        boolean visible = decisions.seesBody(access.membershipIn(cooperationId).personId(), cooperationId, bodyId);
        model.addAttribute("decisionsVisible", visible);
        model.addAttribute("decisionsManager", visible && decisions.managesBody(cooperationId, bodyId));
        model.addAttribute("openDecisions", visible ? decisions.bodyDecisions(cooperationId, bodyId).stream()
                .filter(decision -> decision.status() == DecisionStatus.OPEN).toList() : List.of());
        if (visible) {
            String decisionsTopic = LiveTopics.bodyDecisions(cooperationId, bodyId);
            model.addAttribute("decisionsLiveJson", json.of(Map.of(
                    "topic", decisionsTopic, "position", livePositions.of(decisionsTopic),
                    "sections", "/cooperations/" + cooperationId + "/instances/" + bodyId + "/sections")));
        }
        model.addAttribute("paris", PARIS);
    }

    private void meetings(String cooperationId, String bodyId, Model model) {
        MembershipView membership = access.membershipIn(cooperationId);
        Optional<BodyRole> role = membership.bodies().stream().filter(seat -> seat.bodyId().equals(bodyId))
                                            .map(BodyMembershipView::role).findFirst();
        model.addAttribute("memberOfBody", role.isPresent());
        model.addAttribute("managerOfBody", role.filter(seat -> seat != BodyRole.MEMBER).isPresent());
        if (role.isEmpty()) {
            return;
        }
        String meetingsTopic = LiveTopics.bodyMeetings(cooperationId, bodyId);
        model.addAttribute("meetingsLiveJson", json.of(Map.of(
                "topic", meetingsTopic, "position", livePositions.of(meetingsTopic),
                "sections", "/cooperations/" + cooperationId + "/instances/" + bodyId + "/sections")));
        List<MeetingSummary> all = queries.query(new FindBodyMeetingsQuery(cooperationId, bodyId),
                                                 ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join();
        LocalDate today = LocalDate.now(PARIS);
        model.addAttribute("upcoming", all.stream().filter(meeting -> !meeting.date().isBefore(today)).toList());
        List<MeetingSummary> past = new ArrayList<>(all.stream().filter(meeting -> meeting.date().isBefore(today)).toList());
        Collections.reverse(past);
        model.addAttribute("past", past);
        model.addAttribute("calendarUrl", calendar.feedUrlOf(membership.personId()));
        model.addAttribute("reports", reportedMinutes.toBody(cooperationId, bodyId));
        model.addAttribute("waitingReferrals", referrals.waitingFor(cooperationId, bodyId));
        model.addAttribute("openMeetings", all.stream().filter(meeting -> !meeting.date().isBefore(today))
                                              .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED
                                                                 && meeting.publishedVersion() == 0).toList());
        model.addAttribute("ordinals", List.of(1, 2, 3, 4, -1));
        model.addAttribute("days", DayOfWeek.values());
        PageForm.exposeForms(model, List.of("reunion", "serie", "renvoi"), UnaryOperator.identity());
    }

    /** What the live script needs: the topic and position, the API address, organisation names and labels. */
    private String liveData(String topic, long position, String cooperationId, String bodyId,
                            Map<String, String> organisations, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(BodyRole.values())
              .forEach(role -> labels.put("role." + role, messages.getMessage("role." + role, null, locale)));
        labels.put("noMembers", messages.getMessage("directory.noMembers", null, locale));
        labels.put("unknownPerson", messages.getMessage("directory.unknownPerson", null, locale));
        labels.put("updated", messages.getMessage("body.updated", null, locale));
        Map<String, Object> data = Map.of("topic", topic, "position", position,
                                          "api", "/api/cooperations/" + cooperationId + "/bodies/" + bodyId,
                                          "organisations", organisations, "labels", labels);
        return json.of(data);
    }
}
