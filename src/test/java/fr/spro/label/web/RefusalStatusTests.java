package fr.spro.label.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The one place a refusal becomes an HTTP answer: its kind gives the status, its code's name the {@code code}. */
class RefusalStatusTests {

    enum Sample implements RefusalCode {
        MISSING(Kind.NOT_FOUND), MALFORMED(Kind.INVALID), AGAINST_THE_RULES(Kind.UNPROCESSABLE), STALE(Kind.CONFLICT);

        private final Kind kind;

        Sample(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void eachKindHasItsStatus() {
        assertThat(handler.refused(new Refusal(Sample.MISSING, "m")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(handler.refused(new Refusal(Sample.MALFORMED, "m")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(handler.refused(new Refusal(Sample.AGAINST_THE_RULES, "m")).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(handler.refused(new Refusal(Sample.STALE, "m")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void answersTheCodesNameAndTheFrenchReason() {
        ResponseEntity<ApiError> answer = handler.refused(new Refusal(Sample.STALE, "Rechargez la page."));
        assertThat(answer.getBody()).isEqualTo(new ApiError("STALE", "Rechargez la page."));
    }
}
