package fr.spro.label.assessment;

import fr.spro.label.referential.Question;

/**
 * One answer of a structure's self-assessment for a campaign, as an import file gives it.
 *
 * @param question the code of a question of the referential (it becomes a key of the stored answers)
 * @param answer   normalised as {@link Answer} says
 */
public record ImportedAnswer(String structureId, String campaign, String question, Answer answer) {

    public ImportedAnswer {
        if (structureId == null || campaign == null || answer == null) {
            throw new IllegalArgumentException("An answer is imported for a structure, a campaign and a question");
        }
        if (Question.ofCode(question).isEmpty()) {
            throw new IllegalArgumentException("Unknown question: " + question);
        }
    }
}
