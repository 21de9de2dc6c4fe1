package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.testutil.WireFixtures;
import org.bigvdm.testutil.WireTypes;
import org.bigvdm.testutil.WireTypes.Field;
import org.bigvdm.testutil.WireTypes.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * One odd field never sinks an estate: every optional field of every object, fed every JSON type
 * but its own, is read as absent and the rest still loads; required fields stay strict.
 */
class TolerantFieldsTest {
    /** One value of each JSON type; each field gets every one that is not its own type. */
    private static final Map<String, JsonNode> ODD = new LinkedHashMap<>();

    static {
        ODD.put("a string", json("\"odd-value-7f3a\""));
        ODD.put("a number", json("7"));
        ODD.put("a boolean", json("true"));
        ODD.put("an object", json("{\"odd\": 1}"));
        ODD.put("an array", json("[1, \"odd\"]"));
    }

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(TolerantFields.class);

    @BeforeEach
    void captureLogs() {
        TolerantFields.forgetLoggedFields();
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(logs);
    }

    @Test
    void anEstateStillLoadsWhateverTypeAnyOptionalFieldHas() throws Exception {
        JsonNode estate = estate();
        int tried = 0;
        for (Kind kind : List.of(Kind.ACCOUNT, Kind.GROUP, Kind.VIRTUAL_MACHINE, Kind.DISC, Kind.BACKUP_SCHEDULE,
                Kind.NETWORK_INTERFACE)) {
            for (Field field : WireTypes.optionalFields(kind)) {
                for (var odd : oddValuesFor(field).entrySet()) {
                    JsonNode changed = withField(estate, kind, field.name(), odd.getValue());
                    List<Account> read = Json.mapper().readValue(changed.toString(), listOf(Account.class));
                    String what = kind + "." + field.name() + " as " + odd.getKey();
                    assertThat(read).as(what).singleElement().extracting(Account::name).isEqualTo("myaccountname");
                    if (field.type() != WireTypes.Type.ARRAY) { // else what it held is gone with it
                        VirtualMachine vm = read.get(0).groups().get(0).virtualMachines().get(0);
                        assertThat(vm.name()).as(what).isEqualTo("myhostname");
                        assertThat(vm.discs()).as(what).extracting(Disc::label)
                                .containsExactly("vda", "archive-1", "vda");
                    }
                    tried++;
                }
            }
        }
        assertThat(tried).as("odd values tried").isGreaterThan(150);
    }

    @Test
    void backupsPrivilegesSessionsAndDefinitionsToo() throws Exception {
        Map<Kind, String> fixtures = Map.of(Kind.BACKUP, "client-backup.json", Kind.PRIVILEGE, "docs-privileges.json",
                Kind.SESSION, "client-session.json", Kind.DEFINITION, "client-definitions.json");
        Map<Kind, Class<?>> types = Map.of(Kind.BACKUP, Backup.class, Kind.PRIVILEGE, Privilege.class,
                Kind.SESSION, SessionInfo.class, Kind.DEFINITION, Definition.class);
        for (var e : fixtures.entrySet()) {
            JsonNode original = WireFixtures.tree(e.getValue());
            JsonNode first = original.isArray() ? original.get(0) : original;
            for (Field field : WireTypes.optionalFields(e.getKey())) {
                for (JsonNode odd : oddValuesFor(field).values()) {
                    ObjectNode changed = first.deepCopy();
                    changed.set(field.name(), odd);
                    Object read = Json.mapper().readValue(changed.toString(), types.get(e.getKey()));
                    assertThat(read).as("%s.%s = %s", e.getKey(), field.name(), odd).isNotNull();
                }
            }
        }
    }

    @Test
    void anOddFieldIsReadAsAbsentAndTheRestKept() throws Exception {
        VirtualMachine vm = Json.mapper().readValue("{\"id\": 1, \"name\": \"www1\", \"head\": true, \"cores\": \"two\","
                + " \"power_on\": \"yes\", \"discs\": {\"vda\": 1}, \"zone_name\": \"york\", \"memory\": 1024.0}",
                VirtualMachine.class);
        assertThat(vm).extracting(VirtualMachine::head, VirtualMachine::cores, VirtualMachine::powerOn,
                        VirtualMachine::discs, VirtualMachine::zoneName, VirtualMachine::memory)
                .containsExactly(null, 0, false, List.of(), "york", 1024L);
        NetworkInterface nic = Json.mapper().readValue("{\"ips\": [\"192.0.2.1\", {\"v\": 6}], \"label\": 5}",
                NetworkInterface.class);
        assertThat(nic.ips()).as("a list with an odd element is dropped whole").isEmpty();
        assertThat(nic.label()).isNull();
    }

    @Test
    void eachOddFieldIsLoggedOnceByNameNeverWithItsValue() throws Exception {
        String twoServers = "[{\"id\": 1, \"name\": \"a\", \"head\": \"odd-value-7f3a\", \"power_on\": \"odd-value-7f3a\"},"
                + " {\"id\": 2, \"name\": \"b\", \"power_on\": \"odd-value-7f3a\"}]";
        Json.mapper().readValue(twoServers, listOf(VirtualMachine.class));
        Json.mapper().readValue(twoServers, listOf(VirtualMachine.class));

        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("VirtualMachine.power_on", "a string", "a boolean").doesNotContain("odd-value-7f3a"));
        assertThat(logs.list).singleElement().extracting(e -> e.getLevel().toString()).isEqualTo("WARN");
    }

    @Test
    void requiredFieldsStayStrict() throws Exception {
        String disc = "{\"id\": 1, \"label\": \"vda\", \"size\": 25600}";
        assertThat(readDisc(disc).label()).isEqualTo("vda");
        for (String field : List.of("id", "label", "size")) {
            ObjectNode missing = (ObjectNode) json(disc);
            missing.remove(field);
            assertThatThrownBy(() -> readDisc(missing.toString())).as("without %s", field)
                    .hasMessageContaining(field);
            ObjectNode nulled = (ObjectNode) json(disc);
            nulled.putNull(field);
            assertThatThrownBy(() -> readDisc(nulled.toString())).as("%s null", field).hasMessageContaining(field);
            ObjectNode odd = (ObjectNode) json(disc);
            odd.set(field, json("{\"odd\": 1}"));
            assertThatThrownBy(() -> readDisc(odd.toString())).as("%s an object", field).hasMessageContaining(field);
        }
        assertThatThrownBy(() -> Json.mapper().readValue("[{\"id\": 5}]", listOf(Account.class)))
                .hasMessageContaining("name");
    }

    /** An estate holding every kind of object with every field set: the docs' overview plus two discs. */
    private static JsonNode estate() {
        ObjectNode account = (ObjectNode) WireFixtures.tree("docs-account-overview.json");
        ObjectNode vm = (ObjectNode) account.path("groups").get(0).path("virtual_machines").get(0);
        ArrayNode discs = (ArrayNode) vm.get("discs");
        discs.add(WireFixtures.tree("shape-only-disc-migrating.json"));
        discs.add(WireFixtures.tree("shape-only-disc-backups.json"));
        ((ObjectNode) discs.get(2)).put("resource_name", "disc.1111");
        return Json.mapper().createArrayNode().add(account);
    }

    /** A copy of {@code root} with {@code field} of the first object of {@code kind} set to {@code value}. */
    private static JsonNode withField(JsonNode root, Kind kind, String field, JsonNode value) {
        JsonNode copy = root.deepCopy();
        List<ObjectNode> found = new ArrayList<>();
        collect(copy, Kind.ACCOUNT, kind, found);
        assertThat(found).as("the estate holds a %s", kind).isNotEmpty();
        found.get(found.size() - 1).set(field, value); // the last: a disc with backups holds a schedule
        return copy;
    }

    private static void collect(JsonNode node, Kind at, Kind wanted, List<ObjectNode> found) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, at, wanted, found));
            return;
        }
        if (at == wanted) {
            found.add((ObjectNode) node);
        }
        for (Field f : WireTypes.fields(at).values()) {
            if (f.type() == WireTypes.Type.ARRAY && node.has(f.name())) {
                collect(node.get(f.name()), f.element(), wanted, found);
            }
        }
    }

    private static Map<String, JsonNode> oddValuesFor(Field field) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ODD.forEach((name, value) -> {
            if (!WireTypes.matches(value, field)) {
                out.put(name, value);
            }
        });
        return out;
    }

    private static Disc readDisc(String json) throws JsonProcessingException {
        return Json.mapper().readValue(json, Disc.class);
    }

    private static JavaType listOf(Class<?> c) {
        return Json.mapper().getTypeFactory().constructCollectionType(List.class, c);
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
