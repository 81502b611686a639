package fr.spro.label.backoffice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A list filter the back office cannot apply: a 400 page that names the parameter, in the reader's language. */
@ControllerAdvice(assignableTypes = {ReviewQueueController.class, ActionPlanController.class, DeadlinesController.class})
class BadFilterPage {

    static final String ERROR_VIEW = "error";

    @ExceptionHandler(BadFilter.class)
    ModelAndView badFilter(BadFilter refused) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("badParameter", refused.parameter());
        page.addObject("badValue", refused.value());
        return page;
    }
}
