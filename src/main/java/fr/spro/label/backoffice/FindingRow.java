package fr.spro.label.backoffice;

import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Outcome;

/** One finding on the review page: the criterion with its title in the reader's language, and what the rule saw. */
record FindingRow(String criterion, String title, Outcome outcome, String explanation, Map<String, Object> inputs,
                  List<String> evidence) {
}
