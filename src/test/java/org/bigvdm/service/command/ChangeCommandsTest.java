package org.bigvdm.service.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.ServerTarget;
import org.junit.jupiter.api.Test;

/** Each write as the official bytemark command and the curl request, pinned word for word. */
class ChangeCommandsTest {
    private static final URI BRAIN = URI.create("https://uk0.bigv.io");
    private static final ServerTarget WEB1 = new ServerTarget(1, 2, 11, new VmRef("acme", "default", "web1"));
    private static final String AUTH = "curl -X %s -H \"Authorization: Bearer $BYTEMARK_TOKEN\"";
    private static final String VM = "https://uk0.bigv.io/accounts/acme/groups/default/virtual_machines/web1";

    private static Disc disc(String label) {
        return Disc.of(101, label, 25600, "sata", "tail1-sata1", 11L);
    }

    private static CopyCommands commands(ChangeRequest<?> request) {
        return ChangeCommands.of(request.change(), BRAIN).orElseThrow();
    }

    @Test
    void everyKindOfChangeHasItsCommands() {
        assertThat(Arrays.stream(ChangeKind.values()).filter(k -> !ChangeCommands.knows(k)))
                .as("ChangeKinds without a registration in ChangeCommands").isEmpty();
    }

    @Test
    void addingADisc() {
        CopyCommands c = commands(DiscChanges.create(WEB1, new DiscSpec("data", 25600, "sata")));
        assertThat(c.bytemark()).contains("bytemark add disc --disc data:sata:25G web1.default.acme");
        assertThat(c.curl()).isEqualTo(AUTH.formatted("POST") + " -H 'Content-Type: application/json'"
                + " -d '{\"label\":\"data\",\"size\":25600,\"storage_grade\":\"sata\"}' " + VM + "/discs");
    }

    @Test
    void addingADiscWithoutALabelOrWithOddCharacters() {
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec(null, 51300, "ssd"))).bytemark())
                .contains("bytemark add disc --disc ssd:51300M web1.default.acme");
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec("it's", 25600, "sata"))).text()).isEqualTo(
                "bytemark add disc --disc 'it'\\''s:sata:25G' web1.default.acme\n" + AUTH.formatted("POST")
                        + " -H 'Content-Type: application/json'"
                        + " -d '{\"label\":\"it'\\''s\",\"size\":25600,\"storage_grade\":\"sata\"}' " + VM + "/discs");
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec("$HOME", 25600, "sata"))).bytemark())
                .contains("bytemark add disc --disc '$HOME:sata:25G' web1.default.acme");
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec("données", 25600, "sata"))).bytemark())
                .contains("bytemark add disc --disc 'données:sata:25G' web1.default.acme");
    }

    @Test
    void aLabelTheToolCannotTakeGivesOnlyTheRequest() {
        CopyCommands c = commands(DiscChanges.create(WEB1, new DiscSpec("my data", 25600, "sata")));
        assertThat(c.bytemark()).isEmpty();
        assertThat(c.text()).isEqualTo("# the bytemark tool cannot add a disc whose label has a space or a colon;"
                + " the request:\n" + AUTH.formatted("POST") + " -H 'Content-Type: application/json'"
                + " -d '{\"label\":\"my data\",\"size\":25600,\"storage_grade\":\"sata\"}' " + VM + "/discs");
    }

    @Test
    void resizing() {
        CopyCommands c = commands(DiscChanges.resize(WEB1, disc("root"), 51200));
        assertThat(c.text()).isEqualTo("bytemark update disc --server web1.default.acme --disc root --new-size 50G\n"
                + AUTH.formatted("PUT") + " -H 'Content-Type: application/json' -d '{\"size\":51200}' " + VM
                + "/discs/101");
        assertThat(commands(DiscChanges.resize(WEB1, disc("my \"big\" disc"), 51300)).bytemark()).contains(
                "bytemark update disc --server web1.default.acme --disc 'my \"big\" disc' --new-size 51300M");
    }

    @Test
    void relabellingHasNoToolCommand() {
        CopyCommands c = commands(DiscChanges.relabel(WEB1, disc("root"), "données $1"));
        assertThat(c.text()).isEqualTo("# the bytemark tool has no command to rename a disc; the request:\n"
                + AUTH.formatted("PUT") + " -H 'Content-Type: application/json' -d '{\"label\":\"données $1\"}' "
                + VM + "/discs/101");
    }

    @Test
    void purging() {
        CopyCommands c = commands(DiscChanges.purge(WEB1, disc("my disc")));
        assertThat(c.text()).isEqualTo("bytemark delete disc --server web1.default.acme --label 'my disc'\n"
                + AUTH.formatted("DELETE") + " '" + VM + "/discs/101?purge=true'");
    }

    @Test
    void namesThatNeedEncodingAreEncodedInThePathAndQuotedForTheTool() {
        ServerTarget odd = new ServerTarget(1, 2, 11, new VmRef("ac me", "default", "wéb"));
        Change change = DiscChanges.resize(odd, disc("root"), 51200).change();
        CopyCommands c = ChangeCommands.of(change, URI.create("http://127.0.0.1:8080/")).orElseThrow();
        assertThat(c.bytemark()).contains("bytemark update disc --server 'wéb.default.ac me' --disc root --new-size 50G");
        assertThat(c.curl()).endsWith(" http://127.0.0.1:8080/accounts/ac%20me/groups/default/virtual_machines/w%C3%A9b"
                + "/discs/101");
    }
}
