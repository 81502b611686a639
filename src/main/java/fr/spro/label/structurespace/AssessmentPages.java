package fr.spro.label.structurespace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Question;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.MemberStructure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the {@link AssessmentPage} of a structure's self-assessment from the catalogue in force. */
@Component
class AssessmentPages {

    static final String EVIDENCE_DOWNLOAD = "/mon-espace/justificatifs/";
    private static final List<String> YES_NO = List.of("true", "false");
    private static final List<String> PLAN_FOLLOW_UPS = Arrays.stream(PreviousActionPlan.values()).map(Enum::name).toList();

    private final ActiveReferential referential;
    private final MessageSource messages;

    AssessmentPages(ActiveReferential referential, MessageSource messages) {
        this.referential = referential;
        this.messages = messages;
    }

    /**
     * @param assessment the stored self-assessment, or {@code null} when not started
     * @param typed      what was just posted, shown instead of the stored value in the fields that have a problem
     */
    AssessmentPage page(MemberStructure structure, Campaign campaign, SelfAssessment assessment, AssessmentForm typed,
                        List<FieldProblem> problems, Locale locale) {
        Map<String, Answer> answers = assessment == null ? Map.of() : assessment.answers();
        Map<String, AssessmentPage.Message> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.fieldId(), message(problem, locale)));
        Catalogue catalogue = referential.catalogue();
        List<AssessmentPage.ThemeSection> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<AssessmentPage.CriterionSection> criteria = sections(theme, catalogue, answers, typed, byField, locale);
            if (!criteria.isEmpty()) {
                themes.add(new AssessmentPage.ThemeSection(theme, criteria));
            }
        }
        List<AssessmentPage.Message> inPageOrder = themes.stream().flatMap(t -> t.criteria().stream())
                .flatMap(c -> c.questions().stream()).flatMap(q -> fieldsOf(q.code()).stream())
                .map(byField::get).filter(m -> m != null).toList();
        int total = Question.values().length;
        String status = assessment == null ? "NOT_STARTED" : assessment.status().name();
        return new AssessmentPage(structure, campaign, status, assessment == null ? null : SpaceDates.day(assessment.submittedAt()),
                assessment == null ? null : SpaceDates.day(assessment.updatedAt()),
                assessment == null ? 0 : total - assessment.unanswered().size(), total, themes, inPageOrder);
    }

    private List<AssessmentPage.CriterionSection> sections(Theme theme, Catalogue catalogue, Map<String, Answer> answers,
                                                           AssessmentForm typed, Map<String, AssessmentPage.Message> errors,
                                                           Locale locale) {
        // Every question has its criterion (QuestionLayoutTests); criterion ids sort in catalogue order within a theme.
        Map<String, List<Question>> byCriterion = new LinkedHashMap<>();
        Arrays.stream(Question.values())
                .filter(q -> Theme.ofCriterion(QuestionLayout.criterionOf(q).orElseThrow()) == theme)
                .sorted(Comparator.comparing((Question q) -> QuestionLayout.criterionOf(q).orElseThrow()))
                .forEach(q -> byCriterion.computeIfAbsent(QuestionLayout.criterionOf(q).orElseThrow(), id -> new ArrayList<>()).add(q));
        Set<Question> needEvidence = catalogue.criteria().stream().flatMap(c -> c.evidenceQuestion().stream())
                .collect(Collectors.toSet());
        List<AssessmentPage.CriterionSection> sections = new ArrayList<>();
        byCriterion.forEach((id, questions) -> {
            // A rule set without this criterion still shows its questions, under the bare id.
            Optional<Criterion> criterion = catalogue.criterion(id);
            List<AssessmentPage.QuestionItem> items = questions.stream()
                    .map(q -> item(q, answers.get(q.code()), needEvidence.contains(q), typed, errors)).toList();
            sections.add(new AssessmentPage.CriterionSection(id, criterion.map(c -> c.title(locale)).orElse(id),
                    criterion.map(c -> c.help(locale)).orElse(""), items));
        });
        return sections;
    }

    private static AssessmentPage.QuestionItem item(Question question, Answer answer, boolean evidenceExpected, AssessmentForm typed,
                                                    Map<String, AssessmentPage.Message> errors) {
        String code = question.code();
        Map<String, AssessmentPage.Message> own = new HashMap<>();
        fieldsOf(code).forEach(field -> {
            if (errors.containsKey(field)) {
                own.put(field, errors.get(field));
            }
        });
        String comment = answer == null ? null : answer.comment();
        if (typed != null && own.containsKey(AnswerSheet.commentField(code))) {
            comment = typed.getComments().get(code);
        }
        String link = typed != null && own.containsKey(AnswerSheet.linkField(code)) ? typed.getLinks().get(code) : null;
        List<EvidenceRef> evidence = answer == null ? List.of() : answer.evidence();
        List<AssessmentPage.EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceRef ref = evidence.get(i);
            items.add(new AssessmentPage.EvidenceItem(i, ref.label(), ref.isLink() ? ref.url() : EVIDENCE_DOWNLOAD + ref.fileId(), ref.isLink()));
        }
        return new AssessmentPage.QuestionItem(code, question.isBoolean() ? YES_NO : PLAN_FOLLOW_UPS,
                answer == null ? null : answer.value(), comment, link, items, evidenceExpected, own);
    }

    private static List<String> fieldsOf(String code) {
        return List.of(AnswerSheet.answerField(code), AnswerSheet.commentField(code), AnswerSheet.fileField(code),
                AnswerSheet.linkField(code));
    }

    private AssessmentPage.Message message(FieldProblem problem, Locale locale) {
        String text = messages.getMessage("structurespace.error." + problem.code(), problem.args().toArray(), locale);
        return new AssessmentPage.Message(problem.fieldId(), problem.errorId(), text);
    }
}
