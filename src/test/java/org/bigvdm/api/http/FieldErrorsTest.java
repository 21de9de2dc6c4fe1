package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bigvdm.api.error.BadRequestException;
import org.junit.jupiter.api.Test;

/** Edge cases of the Rails error shape, without a server. */
class FieldErrorsTest {
    @Test
    void numbersNullsAndNestedValuesDoNotBreakParsing() {
        Map<String, List<String>> errors = FieldErrors.parse(
                "{\"size\": [50, null], \"label\": null, \"discs\": {\"0\": [\"bad\"]}}", List.of());
        assertThat(errors).containsEntry("size", List.of("50"));
        assertThat(errors).doesNotContainKey("label");
        assertThat(errors.get("discs")).containsExactly("{\"0\":[\"bad\"]}");
    }

    @Test
    void secretsAreBlankedInsideFieldMessages() {
        Map<String, List<String>> errors = FieldErrors.parse("{\"token\": [\"abc123 is invalid\"]}", List.of("abc123"));
        assertThat(errors.get("token")).containsExactly("*** is invalid");
    }

    @Test
    void blankBodyHasNoErrors() {
        assertThat(FieldErrors.parse("  ", List.of())).isEmpty();
        assertThat(FieldErrors.parse(null, List.of())).isEmpty();
    }

    @Test
    void generalMessagesAreDescribedWithoutAFieldName() {
        assertThat(FieldErrors.describe(Map.of(BadRequestException.GENERAL, List.of("Nope")))).isEqualTo("Nope");
    }

    @Test
    void htmlIsStrippedAndEntitiesDecoded() {
        assertThat(BodyText.clean("<p>Size &amp; grade &lt;bad&gt;</p>", List.of())).isEqualTo("Size & grade <bad>");
        assertThat(BodyText.clean("<script>alert(1)</script><b>hi</b>", List.of())).isEqualTo("hi");
    }
}
