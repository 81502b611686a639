package fr.spro.label.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One file of a draft beside the rule set in force: the same, changed, new, or gone from the draft. */
record DraftFile(String name, int lines, Status status) {

    enum Status {
        SAME, CHANGED, ADDED, REMOVED
    }

    static List<DraftFile> compare(Map<String, String> draft, Map<String, String> active) {
        List<DraftFile> files = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(draft.keySet());
        names.addAll(active.keySet());
        for (String name : names) {
            String mine = draft.get(name);
            String theirs = active.get(name);
            Status status = mine == null ? Status.REMOVED : theirs == null ? Status.ADDED
                    : mine.equals(theirs) ? Status.SAME : Status.CHANGED;
            files.add(new DraftFile(name, new RuleFile(name, mine == null ? theirs : mine).lines(), status));
        }
        return files;
    }
}
