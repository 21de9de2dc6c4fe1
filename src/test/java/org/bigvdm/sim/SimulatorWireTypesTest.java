package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.WireTypeCheck;
import org.bigvdm.testutil.WireTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Everything the simulator can answer, walked endpoint by endpoint over the whole demo estate,
 * has exactly the JSON types of the wire-types table: what the official client (strict Go types)
 * and the real service agree on. The contract tests check each answer they read as well.
 */
class SimulatorWireTypesTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private SimClient demo;
    private final List<String> walked = new ArrayList<>();

    @BeforeEach
    void signIn() {
        demo = SIM.demoClient();
    }

    @Test
    void everyReadOfEveryObjectHasTheTypesOfTheTable() {
        JsonNode accounts = check(demo, "/accounts?view=overview&include_deleted=true");
        check(demo, "/accounts");
        check(demo, "/definitions");
        check(demo, "/discs");
        for (JsonNode account : accounts) {
            String a = "/accounts/" + seg(account.get("name").asText());
            check(demo, a + "?view=overview&include_deleted=true");
            check(demo, a + "/groups");
            for (JsonNode group : account.get("groups")) {
                String g = a + "/groups/" + seg(group.get("name").asText());
                check(demo, g + "?view=overview");
                check(demo, g + "/virtual_machines?include_deleted=true");
                for (JsonNode vm : group.get("virtual_machines")) {
                    String v = g + "/virtual_machines/" + seg(vm.get("name").asText());
                    check(demo, v + "?view=overview");
                    check(demo, "/virtual_machines/" + vm.get("id").asLong());
                    check(demo, "/discs?vm_id=" + vm.get("id").asLong());
                    check(demo, v + "/discs");
                    for (JsonNode disc : vm.get("discs")) {
                        String d = v + "/discs/" + seg(disc.get("label").asText());
                        check(demo, d);
                        check(demo, "/discs/" + disc.get("id").asLong());
                        for (JsonNode backup : check(demo, d + "/backups")) {
                            check(demo, d + "/backups/" + backup.get("id").asLong());
                        }
                    }
                }
            }
        }
        for (String user : List.of("demo", "readonly", "mixed", "twofactor")) {
            check(demo.as(SIM.simulator().tokenFor(user)), "/users/" + user + "/privileges");
        }
        check(demo, "/session/" + SIM.demoToken());
        assertThat(walked).as("answers walked").hasSizeGreaterThan(100);
    }

    @Test
    void theAnswersOfChangesHaveTheTypesOfTheTableToo() {
        String build = "/accounts/acme-web/groups/default/virtual_machines/build";
        change(demo.put(build, "{\"power_on\": true, \"autoreboot_on\": true}"), build);
        change(demo.post(build + "/discs", "{\"label\": \"typed\", \"size\": 2048}"), build + "/discs");
        change(demo.put(build + "/discs/typed", "{\"size\": 4096}"), build + "/discs/typed");
        change(demo.put(build, "{\"power_on\": false, \"autoreboot_on\": false}"), build);
        JsonNode backup = change(demo.post(build + "/discs/typed/backups", ""), build + "/discs/typed/backups");
        change(demo.put(build + "/discs/typed/backups/" + backup.get("id").asLong(), "{\"restore\": true}"),
                build + "/discs/typed/backups/" + backup.get("id").asLong());
        change(demo.post(build + "/discs/typed/backup_schedules",
                "{\"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": 7}"),
                build + "/discs/typed/backup_schedules");
        JsonNode restoring = check(demo, build + "/discs/typed");
        assertThat(restoring.get("backup_count").asInt()).as("the backup and the safety backup").isEqualTo(2);
    }

    @Test
    void aRunningServerNamesItsHostAndAServerThatIsOffHasNone() {
        String www1 = "/accounts/acme-web/groups/production/virtual_machines/www1";
        JsonNode on = check(demo, www1);
        assertThat(on.get("power_on").asBoolean()).isTrue();
        assertThat(on.get("head").isTextual()).as("head of a running server: %s", on.get("head")).isTrue();
        assertThat(on.get("head").asText()).matches("head\\d+");

        JsonNode held = Json.mapper().valueToTree(SIM.simulator().state().vm(on.get("id").asLong()));
        assertThat(held.get("head").asText()).as("the state holds what was answered").isEqualTo(on.get("head").asText());
        JsonNode stopped = change(demo.put(www1, "{\"power_on\": false, \"autoreboot_on\": false}"), www1);
        assertThat(stopped.get("head").isNull()).as("off: no host").isTrue();
        JsonNode started = change(demo.put(www1, "{\"power_on\": true, \"autoreboot_on\": true}"), www1);
        assertThat(started.get("head").isTextual()).isTrue();
    }

    @Test
    void migrationFiguresAndBackupFieldsAreWholeNumbersAndBooleans() {
        JsonNode discs = check(demo, "/accounts/acme-web/groups/production/virtual_machines/db1/discs");
        JsonNode reports = find(discs, "reports");
        for (String figure : List.of("migration_progress", "migration_eta", "migration_speed")) {
            assertThat(reports.get(figure).isIntegralNumber()).as(figure).isTrue();
        }
        JsonNode pgdata = find(discs, "pgdata");
        assertThat(pgdata.get("backups_enabled").asBoolean()).isTrue();
        assertThat(pgdata.get("backup_count").isIntegralNumber()).isTrue();
        assertThat(pgdata.get("backup_schedules").get(0).get("start_at").asText()).as("RFC 3339, UK time")
                .matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+0[01]:00");
        assertThat(find(discs, "root").get("backups_enabled").asBoolean()).isFalse();
    }

    private JsonNode check(SimClient client, String path) {
        HttpResponse<String> answer = client.get(path);
        assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
        return typed(answer, path);
    }

    private JsonNode change(HttpResponse<String> answer, String path) {
        assertThat(answer.statusCode()).as("%s %s", answer.request().method(), path).isBetween(200, 299);
        return typed(answer, path);
    }

    private JsonNode typed(HttpResponse<String> answer, String path) {
        JsonNode json = Wire.tree(answer.body());
        String pathOnly = URI.create(path).getPath();
        WireTypes.Kind kind = WireTypeCheck.kindOf(List.of(pathOnly.split("/")));
        assertThat(kind).as("the kind %s answers", path).isNotNull();
        assertThat(WireTypes.problems(json, kind, false)).as("%s against the wire-types table", path).isEmpty();
        walked.add(path);
        return json;
    }

    private static JsonNode find(JsonNode discs, String label) {
        for (JsonNode d : discs) {
            if (d.get("label").asText().equals(label)) {
                return d;
            }
        }
        throw new AssertionError("no disc " + label);
    }

    private static String seg(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** JSON parsing for the answers. */
    private static final class Wire {
        static JsonNode tree(String body) {
            try {
                return Json.mapper().readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
