package fr.spro.label.structurespace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.referential.Question;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applies what the self-assessment form posts to the stored answers. Whatever is valid is kept,
 * so saving a draft never loses work; each field that is not gets a {@link FieldProblem} and keeps
 * its stored value (the page shows what was typed, next to the message).
 */
@Component
class AnswerSheet {

    private final Uploads uploads;

    AnswerSheet(Uploads uploads) {
        this.uploads = uploads;
    }

    Applied apply(Map<String, Answer> stored, AssessmentForm form) {
        Map<String, Answer> answers = new TreeMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> removed = new HashSet<>(form.getRemoved());
        for (Question question : Question.values()) {
            String code = question.code();
            Answer before = stored.get(code);
            String value = value(question, before, text(form.getAnswers().get(code)), problems);
            String comment = comment(code, before, text(form.getComments().get(code)), problems);
            List<EvidenceRef> evidence = new ArrayList<>();
            List<EvidenceRef> kept = before == null ? List.of() : before.evidence();
            for (int i = 0; i < kept.size(); i++) {
                if (!removed.contains(code + ":" + i)) {
                    evidence.add(kept.get(i));
                }
            }
            addLink(code, text(form.getLinks().get(code)), evidence, problems);
            addFile(code, form.getFiles().get(code), evidence, problems);
            if (value != null || comment != null || !evidence.isEmpty()) {
                answers.put(code, new Answer(value, comment, evidence));
            }
        }
        return new Applied(answers, problems);
    }

    static String answerField(String code) {
        return "answer-" + code;
    }

    static String commentField(String code) {
        return "comment-" + code;
    }

    static String linkField(String code) {
        return "link-" + code;
    }

    static String fileField(String code) {
        return "file-" + code;
    }

    private static String value(Question question, Answer before, String posted, List<FieldProblem> problems) {
        if (posted == null || Answer.suits(question, posted)) {
            return posted;
        }
        problems.add(FieldProblem.of(answerField(question.code()), "ANSWER_INVALID"));
        return before == null ? null : before.value();
    }

    private static String comment(String code, Answer before, String posted, List<FieldProblem> problems) {
        if (posted == null || posted.length() <= Answer.MAX_COMMENT_LENGTH) {
            return posted;
        }
        problems.add(FieldProblem.of(commentField(code), "COMMENT_TOO_LONG", String.valueOf(posted.length()),
                String.valueOf(Answer.MAX_COMMENT_LENGTH)));
        return before == null ? null : before.comment();
    }

    private static void addLink(String code, String link, List<EvidenceRef> evidence, List<FieldProblem> problems) {
        if (link == null) {
            return;
        }
        if (!EvidenceRef.isHttpsLink(link)) {
            problems.add(FieldProblem.of(linkField(code), "LINK_NOT_HTTPS"));
        } else if (evidence.stream().noneMatch(e -> link.equals(e.url()))) {
            evidence.add(EvidenceRef.link(link));
        }
    }

    private void addFile(String code, MultipartFile file, List<EvidenceRef> evidence, List<FieldProblem> problems) {
        if (!Uploads.sent(file)) {
            return;
        }
        Uploads.Result result = uploads.store(fileField(code), file);
        if (result.problem() != null) {
            problems.add(result.problem());
        } else if (evidence.stream().noneMatch(e -> result.reference().fileId().equals(e.fileId()))) {
            evidence.add(result.reference());
        }
    }

    private static String text(String posted) {
        return posted == null || posted.isBlank() ? null : posted.strip();
    }

    /** The answers to save and the fields that could not be applied. */
    record Applied(Map<String, Answer> answers, List<FieldProblem> problems) {
    }
}
