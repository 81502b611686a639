package fr.spro.label.label;

import java.time.LocalDate;

import fr.spro.label.audit.Decisions;
import fr.spro.label.evaluation.LabelState;
import org.springframework.stereotype.Service;

/** A structure's label as it stood on a given day, for the rule engine's "labelled today". */
@Service
public class LabelStates {

    private final Decisions decisions;
    private final LabelValidity validity;

    LabelStates(Decisions decisions, LabelValidity validity) {
        this.decisions = decisions;
        this.validity = validity;
    }

    /**
     * The last confirmed decision that matters for the label (a grant or a suspension) dated on
     * or before {@code date}, with the end of the label's validity; {@link LabelState#NONE} when the
     * structure was never granted the label by then.
     */
    public LabelState stateOn(String structureId, LocalDate date) {
        return LabelTimeline.of(decisions.findByStructureIdOrderByDecidedOnDesc(structureId), date,
                validity::endOfLabelGrantedOn).labelState();
    }
}
