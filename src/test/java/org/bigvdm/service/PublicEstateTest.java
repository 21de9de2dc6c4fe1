package org.bigvdm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.testutil.PublicBrain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole estate read through the real client and the estate service from a service that answers
 * only with public examples of the real service's answers (the docs' overview with the official
 * client's running server, the official client's definitions).
 */
class PublicEstateTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final PublicBrain publicBrain = new PublicBrain();
    private volatile String overviewOverride; // an answer to give instead, once
    private EstateService service;

    @BeforeEach
    void setUp() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = overviewOverride;
                if (body != null && request.getUrl().encodedPath().equals("/accounts")) {
                    overviewOverride = null;
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body(body).build();
                }
                return publicBrain.dispatch(request);
            }
        });
        ClientConfig config = new ClientConfig(Endpoints.single(URI.create(server.url("/").toString())),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5), "public-estate-test");
        HttpBrainClient client = new HttpBrainClient(config, () -> PublicBrain.TOKEN);
        service = new EstateService(() -> client, ImmediateTaskRunner.create(),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theDocumentedEstateLoadsWithItsServerAndDisc() {
        service.refreshAll();

        assertThat(service.errorProperty().get()).isNull();
        assertThat(service.loadedOnceProperty().get()).isTrue();
        Estate estate = service.estate();
        assertThat(estate.accounts()).extracting(a -> a.name()).containsExactly("myaccountname");
        assertThat(estate.servers()).hasSize(2);
        VirtualMachine off = estate.servers().get(0).vm();
        assertThat(off.name()).isEqualTo("myhostname");
        assertThat(off.head()).as("powered off: no host").isNull();
        assertThat(off.discs()).extracting(d -> d.label() + " " + d.size()).containsExactly("vda 25600");
        VirtualMachine running = estate.servers().get(1).vm();
        assertThat(running.name()).isEqualTo("example");
        assertThat(running.powerOn()).isTrue();
        assertThat(running.head()).as("the host it runs on").isEqualTo("head99");
        assertThat(running.discs()).extracting(d -> d.label()).containsExactly("vda", "vdb", "vdc");
        assertThat(service.definitionsProperty().get().storageGrades()).containsExactly("sata", "ssd", "archive");
    }

    @Test
    void anAnswerMissingARequiredFieldGivesTheClearErrorKeepsTheEstateAndRetryWorks() {
        service.refreshAll();
        overviewOverride = "[{\"id\": 1, \"name\": \"myaccountname\", \"groups\": [{\"id\": 123, \"name\": \"default\","
                + " \"virtual_machines\": [{\"id\": 1234, \"name\": \"myhostname\", \"discs\": [{\"id\": 1,"
                + " \"size\": 25600}]}]}]}]"; // a disc without a label

        service.refreshAll();

        UserError error = service.errorProperty().get();
        assertThat(error).isNotNull();
        assertThat(error.oneLine()).contains("not the JSON expected");
        assertThat(service.estate().servers()).as("what was shown stays").hasSize(2);
        service.refreshAll(); // Retry
        assertThat(service.errorProperty().get()).isNull();
        assertThat(service.estate().servers()).hasSize(2);
    }

    @Test
    void anAnswerThatIsNotJsonGivesTheSameClearError() {
        service.refreshAll();
        overviewOverride = "<html>maintenance</html>";
        service.refreshAll();
        assertThat(service.errorProperty().get().oneLine()).contains("not the JSON expected");
        assertThat(service.estate().servers()).hasSize(2);
    }

    @Test
    void anOddOptionalFieldDoesNotSinkTheEstate() {
        overviewOverride = "{\"id\": 1, \"name\": \"myaccountname\", \"suspended\": \"no\", \"groups\": [{\"id\": 123,"
                + " \"name\": \"default\", \"virtual_machines\": [{\"id\": 1234, \"name\": \"myhostname\","
                + " \"head\": true, \"power_on\": 1, \"discs\": [{\"id\": 1, \"label\": \"vda\", \"size\": 25600,"
                + " \"migration_progress\": 42.5, \"backup_schedules\": \"daily\"}]}]}]}";
        service.refreshAll();
        assertThat(service.errorProperty().get()).isNull();
        assertThat(service.estate().servers()).singleElement().satisfies(entry -> {
            assertThat(entry.vm().head()).isNull();
            assertThat(entry.vm().discs().get(0).migrationProgress()).isEqualTo(42);
        });
    }
}
