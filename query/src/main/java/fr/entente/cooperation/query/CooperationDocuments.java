package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.MemberCentres;
import org.bson.Document;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The fields of a document of the {@code cooperations} collection, and the views read from it. */
final class CooperationDocuments {

    static final String ID = "_id";
    static final String NAME = "name";
    static final String REGION = "region";
    static final String CENTRES = "centres";
    static final String DEPARTMENT_CODE = "departmentCode";
    static final String ORGANISATION_ID = "organisationId";
    static final String COORDINATING_CENTRE = "coordinatingCentre";
    static final String PARTNERS = "partners";
    static final String ADMINISTRATORS = "administrators";
    static final String BODIES = "bodies";
    static final String BODY_ID = "bodyId";
    static final String KIND = "kind";
    static final String PRESIDENCY = "presidency";
    static final String FIRST_YEAR = "firstYear";
    static final String ROTATION = "rotation";

    private CooperationDocuments() {
    }

    static CooperationSummary summary(Document cooperation) {
        return new CooperationSummary(cooperation.getString(ID), cooperation.getString(NAME),
                                      cooperation.getString(REGION), entries(cooperation, CENTRES).size());
    }

    static CooperationView view(Document cooperation) {
        String coordinatingCentre = cooperation.getString(COORDINATING_CENTRE);
        List<MemberCentreView> centres = entries(cooperation, CENTRES).stream()
                .map(centre -> centreView(centre, coordinatingCentre))
                // string order is the usual order of départements: 19, 21, 2A, 2B, 30 … 95, 971
                .sorted(Comparator.comparing(MemberCentreView::departmentCode))
                .toList();
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<PartnerView> partners = entries(cooperation, PARTNERS).stream()
                .map(partner -> new PartnerView(partner.getString(ORGANISATION_ID), partner.getString(NAME)))
                .sorted(Comparator.comparing(PartnerView::name, french).thenComparing(PartnerView::organisationId))
                .toList();
        List<BodySummary> bodies = entries(cooperation, BODIES).stream()
                .map(body -> new BodySummary(body.getString(BODY_ID), BodyKind.valueOf(body.getString(KIND)),
                                             body.getString(NAME)))
                .sorted(BodyOrder.of(BodySummary::kind, BodySummary::name, BodySummary::bodyId))
                .toList();
        return new CooperationView(cooperation.getString(ID), cooperation.getString(NAME), cooperation.getString(REGION),
                                   centres, partners, cooperation.getList(ADMINISTRATORS, String.class, List.of()),
                                   bodies, presidency(cooperation));
    }

    private static PresidencyView presidency(Document cooperation) {
        Document presidency = cooperation.get(PRESIDENCY, Document.class);
        return presidency == null ? null
                : new PresidencyView(presidency.getInteger(FIRST_YEAR), presidency.getList(ROTATION, String.class));
    }

    /** The organisation id is derived, not read: documents written before it was stored read the same. */
    private static MemberCentreView centreView(Document centre, String coordinatingCentre) {
        String code = centre.getString(DEPARTMENT_CODE);
        return new MemberCentreView(code, centre.getString(NAME), MemberCentres.organisationIdOf(code),
                                    code.equals(coordinatingCentre));
    }

    private static List<Document> entries(Document cooperation, String array) {
        return cooperation.getList(array, Document.class, List.of());
    }
}
