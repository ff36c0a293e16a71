package fr.entente.web.study.pages;

import fr.entente.study.api.Audience;
import fr.entente.study.api.DataSource;
import fr.entente.study.api.Milestone;
import fr.entente.study.api.QuestionSubject;
import fr.entente.web.document.DocumentWriting;
import fr.entente.web.pages.FormFields;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.study.Studies;
import fr.entente.web.study.StudyRequests;
import fr.entente.web.study.StudyResults;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The studies' forms, answered as every page's forms are ({@link PageForm}), through the same application layer as
 * the API ({@link Studies}): propose a study (from a meeting's request or proposal, or not), put it to the technical
 * committee, launch it, report progress, deliver its results as documents of its folder, inform the committee,
 * disseminate, raise a director's question. Back to the study's page with a confirmation, or with the refusal, in the
 * reader's language, next to the form.
 */
@PageController
public class StudyFormsController {

    static final List<String> FORMS = List.of("validation", "lancement", "avancement", "resultats", "information",
                                              "lecture", "diffusion", "question");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Studies studies;
    private final PageForm form;

    StudyFormsController(Studies studies, PageForm form) {
        this.studies = studies;
        this.form = form;
    }

    @PostMapping("/cooperations/{cooperationId}/etudes")
    String propose(@PathVariable String cooperationId, @RequestParam MultiValueMap<String, String> fields,
                   RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<DataSource> sources = enums(fields.get("dataSources"), DataSource.class);
        LocalDate expectedBy = form.parse(fields.getFirst("expectedBy"), LocalDate::parse, "expectedBy", errors, locale);
        StudyRequests.NewStudy request = new StudyRequests.NewStudy(
                fields.getFirst("title"), fields.getFirst("question"), sources, codes(fields.getFirst("departments")),
                values(fields.get("requestingCentres")), FormFields.blankToNull(fields.getFirst("deliverables")),
                expectedBy, FormFields.blankToNull(fields.getFirst("meetingId")),
                FormFields.blankToNull(fields.getFirst("proposalId")), FormFields.blankToNull(fields.getFirst("requestId")));
        String[] proposed = new String[1];
        PageForm.Outcome outcome = form.submit(request, errors, "title", () -> {
            StudyResults.Proposed done = studies.propose(cooperationId, request);
            proposed[0] = done.studyId();
            return form.text(locale, "study.done.proposed");
        });
        String newPage = "/cooperations/" + cooperationId + "/etudes/nouvelle";
        return form.answer(outcome, "proposition", fields.toSingleValueMap(), newPage,
                           outcome.done() ? page(cooperationId, proposed[0]) : newPage, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/validation")
    String submit(@PathVariable String cooperationId, @PathVariable String studyId,
                  @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant deadline = deadline(fields.get("deadline"), errors, locale);
        StudyRequests.ToTheCommittee request = new StudyRequests.ToTheCommittee(fields.get("bodyId"), deadline);
        return answer(cooperationId, studyId, "validation", fields, errors, "bodyId", redirect, () -> {
            studies.submitForValidation(cooperationId, studyId, request);
            return form.text(locale, "study.done.submitted");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/lancement")
    String launch(@PathVariable String cooperationId, @PathVariable String studyId,
                  @RequestParam MultiValueMap<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Milestone> milestones = new ArrayList<>();
        for (String line : lines(fields.getFirst("milestones"))) {
            int separator = line.lastIndexOf(';');
            LocalDate due = separator < 0 ? null
                    : form.parse(line.substring(separator + 1), LocalDate::parse, "milestones", errors, locale);
            milestones.add(new Milestone(null, separator < 0 ? line : line.substring(0, separator).strip(), due));
        }
        StudyRequests.Launch request = new StudyRequests.Launch(FormFields.blankToNull(fields.getFirst("leadCentre")),
                                                                values(fields.get("participatingCentres")), milestones);
        return answer(cooperationId, studyId, "lancement", fields.toSingleValueMap(), errors, "leadCentre", redirect, () -> {
            studies.launch(cooperationId, studyId, request);
            return form.text(locale, "study.done.launched");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/avancement")
    String progress(@PathVariable String cooperationId, @PathVariable String studyId,
                    @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        StudyRequests.Progress request = new StudyRequests.Progress(fields.get("text"),
                                                                    FormFields.blankToNull(fields.get("milestoneId")));
        return answer(cooperationId, studyId, "avancement", fields, Map.of(), "text", redirect, () -> {
            studies.reportProgress(cooperationId, studyId, request);
            return form.text(locale, "study.done.progress");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/resultats")
    String results(@PathVariable String cooperationId, @PathVariable String studyId,
                   @RequestParam(name = "file", required = false) List<MultipartFile> files,
                   @RequestParam(name = "summary", defaultValue = "") String summary, RedirectAttributes redirect,
                   Locale locale) {
        List<DocumentWriting.Upload> uploads = (files == null ? List.<MultipartFile>of() : files).stream()
                .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())))
                .map(StudyFormsController::upload).toList();
        return answer(cooperationId, studyId, "resultats", Map.of("summary", summary), Map.of(), "documentIds", redirect,
                      () -> {
                          studies.deliverFiles(cooperationId, studyId, uploads, FormFields.blankToNull(summary));
                          return form.text(locale, "study.done.delivered", uploads.size());
                      });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/information")
    String inform(@PathVariable String cooperationId, @PathVariable String studyId,
                  @RequestParam MultiValueMap<String, String> fields, RedirectAttributes redirect, Locale locale) {
        StudyRequests.CommitteeInformation request = new StudyRequests.CommitteeInformation(
                enums(fields.get("plannedAudiences"), Audience.class), FormFields.blankToNull(fields.getFirst("means")),
                FormFields.blankToNull(fields.getFirst("meetingId")));
        return answer(cooperationId, studyId, "information", fields.toSingleValueMap(), request, Map.of(), "plannedAudiences",
                      redirect, () -> {
                          studies.informCommittee(cooperationId, studyId, request);
                          return form.text(locale, "study.done.informed");
                      });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/lecture")
    String sendToRead(@PathVariable String cooperationId, @PathVariable String studyId,
                      @RequestParam MultiValueMap<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer hours = form.integer(fields.getFirst("remindAfterHours"), "remindAfterHours", errors, locale);
        StudyRequests.ResultsToRead request = new StudyRequests.ResultsToRead(
                fields.getFirst("bodyId"), enums(fields.get("plannedAudiences"), Audience.class),
                FormFields.blankToNull(fields.getFirst("means")), hours);
        return answer(cooperationId, studyId, "lecture", fields.toSingleValueMap(), request, errors, "plannedAudiences",
                      redirect, () -> {
                          studies.sendResultsToRead(cooperationId, studyId, request);
                          return form.text(locale, "study.done.sentToRead");
                      });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/diffusion")
    String disseminate(@PathVariable String cooperationId, @PathVariable String studyId,
                       @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        StudyRequests.Dissemination request = new StudyRequests.Dissemination(
                FormFields.enumOf(Audience.class, fields.get("audience")), FormFields.blankToNull(fields.get("means")));
        return answer(cooperationId, studyId, "diffusion", fields, request, Map.of(), "audience", redirect, () -> {
            studies.disseminate(cooperationId, studyId, request);
            return form.text(locale, "study.done.disseminated");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/etudes/{studyId}/question")
    String question(@PathVariable String cooperationId, @PathVariable String studyId,
                    @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant deadline = deadline(fields.get("deadline"), errors, locale);
        StudyRequests.Question request = new StudyRequests.Question(
                fields.get("bodyId"), FormFields.enumOf(QuestionSubject.class, fields.get("subject")),
                FormFields.blankToNull(fields.get("question")), deadline);
        return answer(cooperationId, studyId, "question", fields, errors, "subject", redirect, () -> {
            studies.raiseQuestion(cooperationId, studyId, request);
            return form.text(locale, "study.done.questioned");
        });
    }

    private String answer(String cooperationId, String studyId, String formName, Map<String, String> values,
                          Map<String, String> errors, String mainField, RedirectAttributes redirect,
                          Supplier<String> action) {
        return answer(cooperationId, studyId, formName, values, null, errors, mainField, redirect, action);
    }

    /** {@code request}: checked as the API checks it (its bean validation), before the action. */
    private String answer(String cooperationId, String studyId, String formName, Map<String, String> values,
                          Object request, Map<String, String> errors, String mainField, RedirectAttributes redirect,
                          Supplier<String> action) {
        PageForm.Outcome outcome = form.submit(request, errors, mainField, action);
        return form.answer(outcome, formName, new LinkedHashMap<>(values), page(cooperationId, studyId), redirect);
    }

    private Instant deadline(String typed, Map<String, String> errors, Locale locale) {
        return form.parse(typed, value -> LocalDateTime.parse(value).atZone(PARIS).toInstant(), "deadline", errors, locale);
    }

    static String page(String cooperationId, String studyId) {
        return "/cooperations/" + cooperationId + "/etudes/" + studyId;
    }

    private static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        return values(names).stream().map(name -> FormFields.enumOf(type, name)).filter(Objects::nonNull).toList();
    }

    private static List<String> values(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).toList();
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isEmpty()).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static DocumentWriting.Upload upload(MultipartFile file) {
        return new DocumentWriting.Upload() {
            @Override
            public String originalName() {
                return file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
