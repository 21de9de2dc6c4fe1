package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigvdm.api.http.Wire.json;
import static org.bigvdm.api.http.Wire.text;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.error.UnexpectedStatusException;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Realistic error answers become the right typed exception with a readable message. */
class ErrorMappingTest {
    private static final VmRef VM = new VmRef("acme", "default", "web1");

    @StartStop
    final MockWebServer server = new MockWebServer();
    private HttpBrainClient client;

    @BeforeEach
    void setUp() {
        client = Wire.client(server);
    }

    private ApiException failureOf(MockResponse response) {
        server.enqueue(response);
        try {
            client.createDisc(VM, new DiscSpec("data", 10, "gold"));
        } catch (ApiException e) {
            assertThat(e.getMessage()).doesNotContain(Wire.TOKEN);
            assertThat(e.toString()).doesNotContain(Wire.TOKEN);
            return e;
        }
        throw new AssertionError("no exception");
    }

    private BadRequestException badRequest(String body, String contentType) {
        return (BadRequestException) failureOf(json(400, body, contentType));
    }

    @Test
    void realServiceSizeError() {
        var e = badRequest("{\"size\": [\"must be greater than or equal to 50\"]}", "application/json");
        assertThat(e.fieldErrors()).containsExactly(Map.entry("size", List.of("must be greater than or equal to 50")));
        assertThat(e.getMessage()).isEqualTo("size must be greater than or equal to 50");
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void realServiceNameAndMemoryErrorsKeepEveryMessageInOrder() {
        var e = badRequest("{\"name\": [\"can't be blank\"], \"memory\": [\"is not included in the list\", \"is not a number\"]}",
                "application/json");
        assertThat(e.messagesFor("name")).containsExactly("can't be blank");
        assertThat(e.messagesFor("memory")).containsExactly("is not valid", "is not a number");
        assertThat(e.getMessage()).isEqualTo("name can't be blank; memory is not valid; memory is not a number");
    }

    @Test
    void realServiceGradeErrorReadsAsNotValid() {
        var e = badRequest("{\"storage_grade\": [\"is not included in the list\"]}", "application/json");
        assertThat(e.messagesFor("storage_grade")).containsExactly("is not valid");
        assertThat(e.getMessage()).isEqualTo("storage_grade is not valid");
    }

    @Test
    void severalFieldsJoinIntoOneSentence() {
        var e = badRequest("{\"size\": [\"must be greater than or equal to 50\"], \"storage_grade\": [\"is not included in the list\"]}",
                "application/vnd.bigv.error+json");
        assertThat(e.getMessage()).isEqualTo("size must be greater than or equal to 50; storage_grade is not valid");
    }

    @Test
    void aBareStringValue() {
        var e = badRequest("{\"label\": \"is already in use on this server\"}", "application/json");
        assertThat(e.messagesFor("label")).containsExactly("is already in use on this server");
    }

    @Test
    void aJsonStringOrArrayBodyIsGeneral() {
        assertThat(badRequest("\"Disc is locked\"", "application/json").messagesFor(BadRequestException.GENERAL))
                .containsExactly("Disc is locked");
        assertThat(badRequest("[\"one\", \"two\"]", "application/json").messagesFor(BadRequestException.GENERAL))
                .containsExactly("one", "two");
    }

    @Test
    void aNonJsonBodyIsGeneral() {
        var e = (BadRequestException) failureOf(text(400, "  Invalid request: size\n"));
        assertThat(e.fieldErrors()).containsExactly(Map.entry(BadRequestException.GENERAL, List.of("Invalid request: size")));
        assertThat(e.getMessage()).isEqualTo("Invalid request: size");
    }

    @Test
    void anEmptyBadRequestStillHasAMessage() {
        var e = (BadRequestException) failureOf(Wire.empty(400));
        assertThat(e.fieldErrors()).isEmpty();
        assertThat(e.getMessage()).contains("400").contains(server.getHostName());
    }

    @Test
    void unauthorizedForbiddenNotFound() {
        assertThat(failureOf(text(401, ""))).isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("session has expired").hasMessageContaining("401");
        assertThat(failureOf(text(403, "Permission denied"))).isInstanceOf(ForbiddenException.class)
                .hasMessageEndingWith(": Permission denied");
        assertThat(failureOf(json(404, "{\"error\": \"Not Found\"}", "application/json")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Not Found");
    }

    @Test
    void htmlServerErrorIsStrippedToItsWords() {
        String nginx = "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
                + "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx/1.14.2</center>\r\n"
                + "</body>\r\n</html>\r\n";
        ApiException e = failureOf(json(500, nginx, "text/html"));
        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.getMessage()).endsWith(": 500 Internal Server Error nginx/1.14.2").doesNotContain("<");
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void longBodiesAreCapped() {
        ApiException e = failureOf(text(502, "x".repeat(10_000)));
        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.getMessage().length()).isLessThan(BodyText.MAX_LENGTH + 80);
        assertThat(e.status()).isEqualTo(502);
    }

    @Test
    void unavailable() {
        ApiException e = failureOf(text(503, "Service Unavailable"));
        assertThat(e).isInstanceOf(UnavailableException.class).hasMessageContaining("temporarily unavailable");
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void otherStatusesAreUnexpected() {
        assertThat(failureOf(text(409, "Conflict"))).isInstanceOf(UnexpectedStatusException.class)
                .extracting(ApiException::status).isEqualTo(409);
        // Redirects are not followed: a token must not travel to wherever Location points.
        ApiException redirect = failureOf(new MockResponse.Builder().code(302)
                .setHeader("Location", "https://elsewhere.example/").build());
        assertThat(redirect).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void deleteWithoutPurgeAnswerIsAServerError() {
        server.enqueue(text(500, "Cannot delete a disc without purge"));
        assertThatThrownBy(() -> client.purgeDisc(VM, "root")).isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("Cannot delete");
    }

    @Test
    void garbled2xxBodyIsMalformed() {
        server.enqueue(json(200, "{\"id\": 1111, \"label\": ", "application/json"));
        assertThatThrownBy(() -> client.discById(1111)).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains(server.getHostName());
        });
        server.enqueue(json(200, "<html>captive portal</html>", "text/html"));
        assertThatThrownBy(() -> client.allDiscs()).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE));
        server.enqueue(Wire.empty(200));
        assertThatThrownBy(() -> client.allDiscs()).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE));
    }

    /** Issue 12, finding 6: JSON followed by garbage was read as if the garbage were not there. */
    @ParameterizedTest
    @ValueSource(strings = {"[]xyz", "[] []", "[]}", "[{\"id\": 1}]]", "[]\u0000"})
    void aBodyWithTrailingGarbageIsMalformed(String body) {
        server.enqueue(json(body));
        assertThatThrownBy(() -> client.allDiscs()).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE));
    }

    @Test
    void trailingWhitespaceIsNotGarbage() {
        server.enqueue(json("[]\n  \r\n"));
        assertThat(client.allDiscs()).isEmpty();
    }

    @Test
    void anObjectWhereAListBelongsIsMalformed() {
        server.enqueue(json("{\"discs\": []}"));
        assertThatThrownBy(() -> client.allDiscs()).isInstanceOf(NetworkException.class);
    }
}
