package fr.spro.label.backoffice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What the dashboard's form to open a campaign posts, without the blanks around each value. Which
 * years and deadlines a campaign may have is the campaigns' workflow's to say; the form only checks
 * that it holds a year and a date.
 *
 * @param year     four digits
 * @param deadline the last day to submit, {@code AAAA-MM-JJ} (what a date field sends)
 */
record NewCampaignForm(
        @NotNull(message = "{backoffice.campaign.year.invalid}")
        @Pattern(regexp = "\\d{4}", message = "{backoffice.campaign.year.invalid}") String year,
        @NotBlank(message = "{backoffice.campaign.deadline.required}") String deadline) {

    NewCampaignForm {
        year = year == null ? null : year.strip();
        deadline = deadline == null ? null : deadline.strip();
    }

    int yearNumber() {
        return Integer.parseInt(year);
    }

    /** The deadline, when it is a date. */
    Optional<LocalDate> deadlineDate() {
        try {
            return deadline == null ? Optional.empty() : Optional.of(LocalDate.parse(deadline));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A deadline that is written but is no date (Bean Validation has no constraint that reads a date). */
    static final class Rules implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return NewCampaignForm.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            NewCampaignForm form = (NewCampaignForm) target;
            if (form.deadline() != null && !form.deadline().isEmpty() && form.deadlineDate().isEmpty()) {
                errors.rejectValue("deadline", "backoffice.campaign.deadline.invalid");
            }
        }
    }
}
