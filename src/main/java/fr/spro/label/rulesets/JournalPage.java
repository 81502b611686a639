package fr.spro.label.rulesets;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for officers: every journaled event (imports, decisions and overrides,
 * reopenings, rule activations, sign-ins, refusals) with who, when, from where, before and after;
 * the latest first, filtered by action, a page at a time.
 */
@Controller
class JournalPage {

    static final String VIEW = "rulesets/showJournal";
    static final String ERROR_VIEW = "error";
    static final String PATH = "/back-office/journal";
    static final int PAGE_SIZE = 50;
    /** 1 to 999999: a page number, never 0 and never too large for an int. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,5}");

    private final Journal journal;
    private final Clock clock;

    JournalPage(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** One line of the trail, its time in the application's zone. */
    record Line(ZonedDateTime at, String actor, String action, String subject, String before, String after, String origin) {
    }

    @GetMapping(PATH)
    ModelAndView trail(@RequestParam(name = "action", required = false) String action,
                       @RequestParam(name = "page", required = false) String page) {
        if (page != null && !page.isBlank() && !PAGE_NUMBER.matcher(page.strip()).matches()) {
            return badParameter("page", page);
        }
        String filter = action == null || action.isBlank() ? null : action.strip();
        int number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        long total = journal.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        ModelAndView view = new ModelAndView(VIEW);
        view.addObject("lines", journal.page(filter, number - 1, PAGE_SIZE).stream().map(this::line).toList());
        view.addObject("actions", journal.actions());
        view.addObject("action", filter);
        view.addObject("page", number);
        view.addObject("pages", pages);
        view.addObject("total", total);
        view.addObject("previousHref", number > 1 ? href(filter, Math.min(number - 1, pages)) : null);
        view.addObject("nextHref", number < pages ? href(filter, number + 1) : null);
        return view;
    }

    private Line line(JournalEntry entry) {
        return new Line(entry.at() == null ? null : entry.at().atZone(clock.getZone()), entry.actor(), entry.action(),
                entry.subject(), entry.before(), entry.after(), entry.origin());
    }

    /** The 400 page that names the parameter and the value it could not read. */
    private static ModelAndView badParameter(String parameter, String value) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("badParameter", parameter);
        page.addObject("badValue", value);
        return page;
    }

    private static String href(String action, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        if (action != null) {
            link.queryParam("action", action);
        }
        if (page > 1) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
