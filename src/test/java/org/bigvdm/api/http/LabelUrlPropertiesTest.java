package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.HttpUrl;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.testutil.LabelGen;
import org.bigvdm.testutil.PropertyCheck;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-based: every label DiscRules accepts makes a disc URL that a strict RFC 3986 parser
 * (java.net.URI, what the JDK's server uses) takes, whose last segment decodes back to the label,
 * and which stays one path level below the server's discs.
 */
class LabelUrlPropertiesTest {
    private static final Tally TALLY = Tally.of(LabelUrlPropertiesTest.class);
    private static final VmRef VM = new VmRef("acme", "default", "web1");
    private final BrainUrls urls = new BrainUrls(URI.create("https://uk0.bigv.io/"));

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void everyAcceptedLabelIsAUsableUrlSegment() {
        TALLY.add("labels made into URLs", PropertyCheck.forAll("accepted labels make strict, exact disc URLs", 3000,
                LabelGen::sendable, PropertyCheck::shrinkString, label -> {
                    if (label.isEmpty() || DiscRules.labelProblem(label, List.of()).isPresent()) {
                        return;
                    }
                    HttpUrl url = urls.vm(VM, "discs", label).build();
                    assertThat(url.pathSegments()).hasSize(8).endsWith(label);
                    URI strict = strict(url);
                    String[] raw = strict.getRawPath().split("/", -1);
                    assertThat(raw).hasSize(9); // "", then the eight segments: nothing added, dropped or climbed
                    assertThat(URLDecoder.decode(raw[8].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(label);
                }));
    }

    /** Found by RulesAgreementPropertiesTest: OkHttp left "]" as it was, and the simulator's server refused it. */
    @ParameterizedTest
    @ValueSource(strings = {"]", "[a]", "a^b", "x|y", "{}", "a+b", "100%", "\"q\"", "`", "a b", "\u00e9t\u00e9"})
    void gentleCharactersAreEncodedToo(String label) throws URISyntaxException {
        String path = urls.vm(VM, "discs", label).build().encodedPath();
        assertThat(new URI(path).getRawPath()).isEqualTo(path);
        assertThat(path).doesNotContain("[", "]", "^", "|", "{", "}", "+", "\"", "`", " ");
    }

    private static URI strict(HttpUrl url) {
        try {
            return new URI(url.encodedPath());
        } catch (URISyntaxException e) {
            throw new AssertionError("not a valid RFC 3986 path: " + url.encodedPath(), e);
        }
    }
}
