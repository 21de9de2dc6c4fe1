package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.ForbiddenException;
import org.junit.jupiter.api.Test;

/** Issue 13 item 7: a JSON error body reaches the user as words, never as JSON. */
class JsonErrorWordsTest {

    @Test
    void theSimulatorsForbiddenBodyBecomesASentence() {
        ApiException e = ResponseErrors.forStatus(403,
                "{\"error\":[\"readonly may read but not change anything\"]}", "127.0.0.1", List.of());
        assertThat(e).isInstanceOf(ForbiddenException.class);
        assertThat(e.getMessage()).endsWith(": readonly may read but not change anything.")
                .doesNotContain("{").doesNotContain("[").doesNotContain("\"");
    }

    @Test
    void fieldsAreNamedAndABodyWithoutWordsSaysSo() {
        assertThat(FieldErrors.sentence("{\"discs\":[\"at most 8 per server\"]}", List.of()))
                .isEqualTo("discs at most 8 per server.");
        assertThat(FieldErrors.sentence("{\"error\":{}}", List.of())).isEqualTo("The service gave no reason in words.");
        assertThat(FieldErrors.sentence("{}", List.of())).isEqualTo("The service gave no reason in words.");
        assertThat(ResponseErrors.forStatus(500, "{\"code\":{\"nested\":true}}", "h", List.of()).getMessage())
                .doesNotContain("{");
    }

    @Test
    void plainTextIsLeftAlone() {
        assertThat(FieldErrors.sentence("Permission denied", List.of())).isEmpty();
        assertThat(ResponseErrors.forStatus(403, "Permission denied", "h", List.of()).getMessage())
                .endsWith(": Permission denied");
    }
}
