package fr.entente.web.study;

import fr.entente.study.query.StudyView;
import fr.entente.web.decision.DecisionNames;
import fr.entente.web.security.CooperationAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The study's sheet as the pages and the API give it: read as the study's page is, by whom may see the study. */
@Component
public class StudySheets {

    private final StudyAccess access;
    private final DecisionNames names;
    private final CooperationAccess cooperations;
    private final StudyDocuments documents;
    private final StudySheetPdf pdf;

    StudySheets(StudyAccess access, DecisionNames names, CooperationAccess cooperations, StudyDocuments documents,
                StudySheetPdf pdf) {
        this.access = access;
        this.names = names;
        this.cooperations = cooperations;
        this.documents = documents;
        this.pdf = pdf;
    }

    public ResponseEntity<byte[]> response(String cooperationId, String studyId, Locale locale) {
        StudyView study = access.seen(cooperationId, studyId);
        Set<String> people = new LinkedHashSet<>();
        people.add(study.proposal().proposedBy());
        study.progress().forEach(report -> people.add(report.reportedBy()));
        study.arbitrations().forEach(arbitration -> people.add(arbitration.raisedBy()));
        people.remove(null);
        Map<String, String> named = new HashMap<>(names.organisations(cooperationId));
        named.putAll(names.people(cooperationId, people));
        Map<String, String> results = new LinkedHashMap<>();
        if (study.results() != null) {
            study.results().documentIds().forEach(id -> documents.nameOf(cooperationId, study, id)
                                                                 .ifPresent(name -> results.put(id, name)));
        }
        byte[] sheet = pdf.of(study, cooperations.cooperation(cooperationId).cooperation().name(), named, results, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("fiche-etude-" + studyId + ".pdf").build().toString())
                             .body(sheet);
    }
}
