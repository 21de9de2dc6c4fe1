package org.bigvdm.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire-types table of the API contract (bigv-api.md section 3) as data, in one place: every
 * field of every object the app reads, with the JSON type the real service sends (from its public
 * docs and the official client's types). The fixture test checks public answers against it, the
 * tolerance test feeds each optional field every other type, and the simulator test checks that
 * everything the simulator answers has exactly these types.
 */
public final class WireTypes {
    /** A JSON type; {@code ARRAY} holds objects of another kind. */
    public enum Type { STRING, INTEGER, BOOLEAN, OBJECT, STRING_ARRAY, ARRAY, ANY }

    public enum Kind {
        ACCOUNT, GROUP, VIRTUAL_MACHINE, DISC, BACKUP, BACKUP_SCHEDULE, NETWORK_INTERFACE, PRIVILEGE,
        DEFINITION, SESSION
    }

    /** One field: its type, the kind of its elements for arrays of objects, and whether required. */
    public record Field(String name, Type type, Kind element, boolean required) {
    }

    private static final Map<Kind, Map<String, Field>> TABLE = new LinkedHashMap<>();
    /** Fields the real service sends that the app ignores: allowed in public answers, never needed. */
    private static final Map<Kind, List<String>> IGNORED = new LinkedHashMap<>();

    static {
        kind(Kind.ACCOUNT, required("id", Type.INTEGER), required("name", Type.STRING),
                f("suspended", Type.BOOLEAN), array("groups", Kind.GROUP));
        kind(Kind.GROUP, required("id", Type.INTEGER), f("account_id", Type.INTEGER), required("name", Type.STRING),
                array("virtual_machines", Kind.VIRTUAL_MACHINE));
        kind(Kind.VIRTUAL_MACHINE, required("id", Type.INTEGER), required("name", Type.STRING),
                f("group_id", Type.INTEGER), f("cores", Type.INTEGER), f("memory", Type.INTEGER),
                f("power_on", Type.BOOLEAN), f("autoreboot_on", Type.BOOLEAN), f("deleted", Type.BOOLEAN),
                f("hostname", Type.STRING), f("zone_name", Type.STRING), f("hardware_profile", Type.STRING),
                f("hardware_profile_locked", Type.BOOLEAN), f("management_address", Type.STRING),
                f("cdrom_url", Type.STRING), f("head", Type.STRING), f("keymap", Type.STRING),
                f("last_imaged_with", Type.STRING), array("discs", Kind.DISC),
                array("network_interfaces", Kind.NETWORK_INTERFACE));
        Field[] disc = {f("storage_grade", Type.STRING), f("storage_pool", Type.STRING),
                f("virtual_machine_id", Type.INTEGER), f("backups_enabled", Type.BOOLEAN),
                f("backup_count", Type.INTEGER), array("backup_schedules", Kind.BACKUP_SCHEDULE),
                f("resource_name", Type.STRING), f("new_storage_grade", Type.STRING),
                f("new_storage_pool", Type.STRING), f("migration_progress", Type.INTEGER),
                f("migration_eta", Type.INTEGER), f("migration_speed", Type.INTEGER)};
        kind(Kind.DISC, required("id", Type.INTEGER), required("label", Type.STRING), required("size", Type.INTEGER));
        add(Kind.DISC, disc);
        kind(Kind.BACKUP, required("id", Type.INTEGER), required("label", Type.STRING), f("size", Type.INTEGER),
                f("parent_disc_id", Type.INTEGER), f("manual", Type.BOOLEAN));
        add(Kind.BACKUP, disc);
        kind(Kind.BACKUP_SCHEDULE, f("id", Type.INTEGER), f("start_at", Type.STRING), f("start_date", Type.STRING),
                f("interval_seconds", Type.INTEGER), f("capacity", Type.INTEGER));
        kind(Kind.NETWORK_INTERFACE, f("id", Type.INTEGER), f("label", Type.STRING), f("mac", Type.STRING),
                f("vlan_num", Type.INTEGER), f("ips", Type.STRING_ARRAY), f("extra_ips", Type.OBJECT),
                f("virtual_machine_id", Type.INTEGER));
        kind(Kind.PRIVILEGE, f("id", Type.INTEGER), f("account_id", Type.INTEGER), f("group_id", Type.INTEGER),
                f("virtual_machine_id", Type.INTEGER), f("api_key_id", Type.INTEGER), f("username", Type.STRING),
                f("account_name", Type.STRING), f("group_name", Type.STRING),
                f("virtual_machine_name", Type.STRING), f("level", Type.STRING));
        kind(Kind.DEFINITION, f("id", Type.STRING), f("data", Type.ANY));
        kind(Kind.SESSION, f("username", Type.STRING), f("factors", Type.STRING_ARRAY),
                f("group_memberships", Type.STRING_ARRAY));
        for (Kind k : Kind.values()) {
            IGNORED.put(k, List.of("type"));
        }
        IGNORED.put(Kind.PRIVILEGE, List.of("type", "yubikey_required", "yubikey_otp_max_age", "password_required",
                "ip_restrictions", "creating_username", "_links"));
        IGNORED.put(Kind.SESSION, List.of("token"));
    }

    private WireTypes() {
    }

    public static Map<String, Field> fields(Kind kind) {
        return TABLE.get(kind);
    }

    public static List<Field> optionalFields(Kind kind) {
        return fields(kind).values().stream().filter(f -> !f.required()).toList();
    }

    /**
     * Every way {@code node} (an object of {@code kind}, or a list of them) differs from the table,
     * as "path: problem" lines; empty when it matches. Null is allowed for optional fields (the
     * official client reads null as absent). With {@code unknownAllowed} false a field the table
     * does not know is a problem too (the simulator must not invent fields).
     */
    public static List<String> problems(JsonNode node, Kind kind, boolean unknownAllowed) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), kind, "[" + i + "]", unknownAllowed, out);
            }
        } else {
            check(node, kind, "", unknownAllowed, out);
        }
        return out;
    }

    /** Whether a JSON value has the table's type (null excluded). */
    public static boolean matches(JsonNode value, Field field) {
        return switch (field.type()) {
            case STRING -> value.isTextual();
            case INTEGER -> value.isIntegralNumber();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case STRING_ARRAY -> value.isArray() && allText(value);
            case ARRAY -> value.isArray();
            case ANY -> true;
        };
    }

    private static void check(JsonNode node, Kind kind, String path, boolean unknownAllowed, List<String> out) {
        if (!node.isObject()) {
            out.add(path + ": a " + kind + " must be an object, is " + node.getNodeType());
            return;
        }
        Map<String, Field> fields = TABLE.get(kind);
        fields.values().stream().filter(Field::required).filter(f -> !node.hasNonNull(f.name()))
                .forEach(f -> out.add(path + "." + f.name() + ": required, missing or null"));
        node.properties().forEach(e -> {
            String where = path + "." + e.getKey();
            Field field = fields.get(e.getKey());
            if (field == null) {
                if (!unknownAllowed && !IGNORED.get(kind).contains(e.getKey())) {
                    out.add(where + ": not in the wire-types table of " + kind);
                }
                return;
            }
            JsonNode value = e.getValue();
            if (value.isNull()) {
                return;
            }
            if (!matches(value, field)) {
                out.add(where + ": should be " + field.type() + ", is " + value.getNodeType()
                        + (value.isNumber() ? " (" + value.numberType() + ")" : ""));
            } else if (field.type() == Type.ARRAY) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), field.element(), where + "[" + i + "]", unknownAllowed, out);
                }
            }
        });
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Field f(String name, Type type) {
        return new Field(name, type, null, false);
    }

    private static Field required(String name, Type type) {
        return new Field(name, type, null, true);
    }

    private static Field array(String name, Kind element) {
        return new Field(name, Type.ARRAY, element, false);
    }

    private static void kind(Kind kind, Field... fields) {
        TABLE.put(kind, new LinkedHashMap<>());
        add(kind, fields);
    }

    private static void add(Kind kind, Field... fields) {
        for (Field f : fields) {
            TABLE.get(kind).put(f.name(), f);
        }
    }
}
