package fr.spro.label.support.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core, the accessibility engine, run in the page the browser shows, on the WCAG 2.1 A and
 * AA rules. The script comes from the Maven artifact {@code com.deque.html.axe-core:selenium}.
 */
public final class Axe {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    public static Results analyse(Browser browser) {
        return new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
    }

    /** Fails with one readable line per violation and element when the current page has any. */
    public static void assertNoViolations(Browser browser) {
        Results results = analyse(browser);
        if (results.getViolations() != null && !results.getViolations().isEmpty()) {
            throw new AssertionError("axe-core: " + results.getViolations().size() + " WCAG 2.1 A/AA violation(s) on "
                    + browser.currentPath() + "\n" + describe(results.getViolations()));
        }
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not analyse " + browser.currentPath() + ": " + results.getErrorMessage());
        }
    }

    /** The page the browser shows, in English then in French: no violation in either. */
    public static void assertNoViolationsInBothLanguages(Browser browser) {
        String path = browser.currentPath().replaceAll("[?&]lang=\\w+", "");
        String separator = path.contains("?") ? "&" : "?";
        assertNoViolations(browser.visit(path + separator + "lang=en"));
        assertNoViolations(browser.visit(path + separator + "lang=fr"));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(node -> "    " + node.getTarget() + " " + node.getFailureSummary())
                .collect(Collectors.joining("\n"))).collect(Collectors.joining("\n"));
    }
}
