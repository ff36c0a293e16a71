package fr.entente.roadmap;

import fr.entente.common.Required;
import fr.entente.roadmap.api.Axis;
import fr.entente.roadmap.api.RoadmapAction;
import fr.entente.roadmap.api.RoadmapRoster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fr.entente.roadmap.api.RoadmapRefusal.*;
import static fr.entente.roadmap.api.RoadmapRefusedException.refused;

/**
 * The axes and actions of a proposed roadmap, checked and made tidy: every axis titled and with at least one action,
 * every action titled with a lead centre of the cooperation, its participating centres member centres, its partners
 * the cooperation's partner organisations; ids given where none was (axe-1, action-1-2), and none twice.
 */
final class RoadmapContent {

    static final int TITLE_MOST = 300;
    static final int TEXT_MOST = 20_000;

    private RoadmapContent() {
    }

    static List<Axis> checked(List<Axis> axes, RoadmapRoster roster, String cooperationId) {
        if (axes == null || axes.isEmpty()) {
            throw refused(AXES_REQUIRED);
        }
        Set<String> ids = new HashSet<>();
        List<Axis> tidy = new ArrayList<>();
        for (Axis axis : axes) {
            if (axis == null) {
                throw refused(AXIS_TITLE_REQUIRED);
            }
            int number = tidy.size() + 1;
            String title = short_(Required.text(axis.title(), () -> refused(AXIS_TITLE_REQUIRED)));
            String axisId = unique(ids, blank(axis.axisId()) ? "axe-" + number : axis.axisId().strip());
            if (axis.actions() == null || axis.actions().isEmpty()) {
                throw refused(ACTIONS_REQUIRED, title);
            }
            List<RoadmapAction> actions = new ArrayList<>();
            for (RoadmapAction action : axis.actions()) {
                actions.add(action(action, title, number, actions.size() + 1, ids, roster, cooperationId));
            }
            tidy.add(new Axis(axisId, title, List.copyOf(actions)));
        }
        return List.copyOf(tidy);
    }

    private static RoadmapAction action(RoadmapAction action, String axisTitle, int axis, int number, Set<String> ids,
                                        RoadmapRoster roster, String cooperationId) {
        if (action == null) {
            throw refused(ACTION_TITLE_REQUIRED, axisTitle);
        }
        String title = short_(Required.text(action.title(), () -> refused(ACTION_TITLE_REQUIRED, axisTitle)));
        String lead = Required.id(action.leadCentre(), () -> refused(LEAD_CENTRE_REQUIRED, title));
        memberCentres(roster, cooperationId, List.of(lead));
        List<String> participating = memberCentres(roster, cooperationId, action.participatingCentres());
        List<String> partners = list(action.partners());
        for (String partner : partners) {
            if (!roster.isPartner(cooperationId, partner)) {
                throw refused(PARTNER_UNKNOWN, partner);
            }
        }
        String actionId = unique(ids, blank(action.actionId()) ? "action-" + axis + "-" + number : action.actionId().strip());
        return new RoadmapAction(actionId, title, lead, participating, partners, texts(action.deliverables()),
                                 texts(action.indicators()), list(action.studyIds()));
    }

    static List<String> memberCentres(RoadmapRoster roster, String cooperationId, List<String> centres) {
        for (String centre : list(centres)) {
            if (!roster.isMemberCentre(cooperationId, centre)) {
                throw refused(CENTRE_NOT_MEMBER, centre);
            }
        }
        return list(centres);
    }

    private static String unique(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw refused(DUPLICATE_ID, id);
        }
        return id;
    }

    private static String short_(String title) {
        if (title.length() > TITLE_MOST) {
            throw refused(TEXT_TOO_LONG, TITLE_MOST);
        }
        return title;
    }

    private static List<String> texts(List<String> texts) {
        List<String> kept = list(texts).stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
        if (kept.stream().anyMatch(text -> text.length() > TEXT_MOST)) {
            throw refused(TEXT_TOO_LONG, TEXT_MOST);
        }
        return kept;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
