package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.util.List;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscsTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private SimClient demo;

    @BeforeEach
    void signIn() {
        demo = SIM.demoClient();
    }

    @Test
    void listAndReadByLabelOrId() {
        List<Disc> discs = list(demo.get(Paths.WWW1 + "/discs"));
        assertThat(discs).extracting(Disc::label).containsExactly("vda", "uploads");
        Disc byLabel = disc(demo.get(Paths.WWW1 + "/discs/uploads"));
        assertThat(byLabel.size()).isEqualTo(102400);
        assertThat(disc(demo.get(Paths.WWW1 + "/discs/" + byLabel.id()))).isEqualTo(byLabel);
        assertThat(demo.get(Paths.WWW1 + "/discs/nope").statusCode()).isEqualTo(404);
        assertThat(demo.get(Paths.WWW1 + "/discs/999999").statusCode()).isEqualTo(404);
        // a disc of another server is not found through this one
        long dbDisc = disc(demo.get(Paths.DB1 + "/discs/pgdata")).id();
        assertThat(demo.get(Paths.WWW1 + "/discs/" + dbDisc).statusCode()).isEqualTo(404);
    }

    @Test
    void createAnswers201WithTheDisc() {
        var answer = demo.post(Paths.WWW1 + "/discs", "{\"label\":\"backups\",\"size\":10240,\"storage_grade\":\"archive\"}");
        assertThat(answer.statusCode()).isEqualTo(201);
        Disc created = parse(answer.body(), new TypeReference<>() { });
        assertThat(created.label()).isEqualTo("backups");
        assertThat(created.size()).isEqualTo(10240);
        assertThat(created.storageGrade()).isEqualTo("archive");
        assertThat(created.storagePool()).isEqualTo("tail1-archive1");
        assertThat(created.virtualMachineId()).isEqualTo(Paths.www1Id(SIM.simulator()));
        assertThat(SIM.simulator().state().discsOf(created.virtualMachineId())).contains(created);
    }

    @Test
    void emptyLabelBecomesDiscNAndGradeDefaultsToSata() {
        Disc first = created(demo.post(Paths.WWW1 + "/discs", "{\"size\":2048}"));
        assertThat(first.label()).isEqualTo("disc-3");
        assertThat(first.storageGrade()).isEqualTo("sata");
        Disc second = created(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"\",\"size\":2048}"));
        assertThat(second.label()).isEqualTo("disc-4");
    }

    @Test
    void createRefusesBadValuesWithRailsBodies() {
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"vdb\",\"size\":2048}"),
                "{\"label\":[\"looks like a device name\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"uploads\",\"size\":2048}"),
                "{\"label\":[\"is already in use on this server\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"1234\",\"size\":2048}"),
                "{\"label\":[\"must not be all digits\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"a/b\",\"size\":2048}"),
                "{\"label\":[\"must not contain /\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"" + "x".repeat(65) + "\",\"size\":2048}"),
                "{\"label\":[\"is too long (at most 64 characters)\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"size\":1023}"),
                "{\"size\":[\"must be at least 1 GiB (1024 MiB)\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"size\":2097153}"),
                "{\"size\":[\"must be at most 2 TiB (2097152 MiB)\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"size\":\"big\"}"), "{\"size\":[\"is not a number\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"x\"}"), "{\"size\":[\"can't be blank\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{\"size\":2048,\"storage_grade\":\"gold\"}"),
                "{\"storage_grade\":[\"is not included in the list\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "{not json"), "{\"body\":[\"is not a valid JSON object\"]}");
        expect400(demo.post(Paths.WWW1 + "/discs", "[1,2]"), "{\"body\":[\"is not a valid JSON object\"]}");
        assertThat(demo.post(Paths.WWW1 + "/discs", "{\"size\":1024}").statusCode()).isEqualTo(201);
        assertThat(demo.post(Paths.WWW1 + "/discs", "{\"size\":2097152}").statusCode()).isEqualTo(201);
    }

    @Test
    void labelsWithSpacesAndPlusAreAddressedPercentEncoded() {
        created(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"old backups+1\",\"size\":2048}"));
        assertThat(disc(demo.get(Paths.WWW1 + "/discs/old%20backups%2B1")).label()).isEqualTo("old backups+1");
        assertThat(demo.get(Paths.WWW1 + "/discs/old+backups+1").statusCode()).isEqualTo(404);
    }

    @Test
    void ninthDiscIsRefused() {
        expect400(demo.post(Paths.FILES + "/discs", "{\"label\":\"more\",\"size\":2048}"),
                "{\"discs\":[\"at most 8 per server\"]}");
    }

    @Test
    void resizeOnlyGrows() {
        Disc grown = disc(demo.put(Paths.WWW1 + "/discs/vda", "{\"size\":51200}"));
        assertThat(grown.size()).isEqualTo(51200);
        assertThat(grown.label()).isEqualTo("vda"); // legacy labels may stay
        expect400(demo.put(Paths.WWW1 + "/discs/vda", "{\"size\":25600}"),
                "{\"size\":[\"cannot be reduced (currently 51200)\"]}");
        expect400(demo.put(Paths.WWW1 + "/discs/vda", "{\"size\":3000000}"),
                "{\"size\":[\"must be at most 2 TiB (2097152 MiB)\"]}");
        assertThat(disc(demo.put(Paths.WWW1 + "/discs/vda", "{\"size\":51200}")).size()).isEqualTo(51200);
    }

    @Test
    void relabelAndPutLikePatch() {
        Disc before = disc(demo.get(Paths.WWW1 + "/discs/uploads"));
        Disc relabelled = disc(demo.put(Paths.WWW1 + "/discs/uploads", "{\"label\":\"media\",\"colour\":\"red\"}"));
        assertThat(relabelled).isEqualTo(before.withLabel("media"));
        assertThat(demo.get(Paths.WWW1 + "/discs/uploads").statusCode()).isEqualTo(404);
        assertThat(disc(demo.put(Paths.WWW1 + "/discs/media", "{\"label\":\"media\"}")).label()).isEqualTo("media");
        expect400(demo.put(Paths.DB1 + "/discs/wal", "{\"label\":\"pgdata\"}"),
                "{\"label\":[\"is already in use on this server\"]}");
        expect400(demo.put(Paths.WWW1 + "/discs/media", "{\"label\":\"sdc\"}"),
                "{\"label\":[\"looks like a device name\"]}");
        expect400(demo.put(Paths.WWW1 + "/discs/media", "{\"label\":\"\"}"), "{\"label\":[\"can't be blank\"]}");
        expect400(demo.put(Paths.WWW1 + "/discs/media", "{\"label\":\"x\",\"size\":1}"),
                "{\"size\":[\"cannot be reduced (currently 102400)\"]}");
        assertThat(disc(demo.get(Paths.WWW1 + "/discs/media")).size()).isEqualTo(102400);
    }

    @Test
    void moveNeedsBothServersOff() {
        long stagingDb = SIM.simulator().state().vmId("acme-web", "staging", "db");
        long www1 = Paths.www1Id(SIM.simulator());
        expect400(demo.put(Paths.BUILD + "/discs/cache", "{\"virtual_machine_id\":" + www1 + "}"),
                "{\"virtual_machine_id\":[\"both servers must be powered off to move a disc\"]}");
        expect400(demo.put(Paths.BUILD + "/discs/cache", "{\"virtual_machine_id\":999999}"),
                "{\"virtual_machine_id\":[\"does not exist\"]}");
        expect400(demo.put(Paths.BUILD + "/discs/root", "{\"virtual_machine_id\":" + stagingDb + "}"),
                "{\"disc\":[\"is the server's boot disc and cannot be moved\"],"
                        + "\"label\":[\"is already in use on this server\"]}");

        Disc moved = disc(demo.put(Paths.BUILD + "/discs/cache", "{\"virtual_machine_id\":" + stagingDb + "}"));
        assertThat(moved.virtualMachineId()).isEqualTo(stagingDb);
        assertThat(list(demo.get(Paths.STAGING_DB + "/discs"))).extracting(Disc::label).contains("cache");
        assertThat(list(demo.get(Paths.BUILD + "/discs"))).extracting(Disc::label).containsExactly("root");

        long build = SIM.simulator().state().vmId("acme-web", "default", "build");
        Disc movedBackAndRenamed = disc(demo.put(Paths.STAGING_DB + "/discs/cache",
                "{\"virtual_machine_id\":" + build + ",\"label\":\"buildcache\"}"));
        assertThat(movedBackAndRenamed.label()).isEqualTo("buildcache");
        assertThat(movedBackAndRenamed.virtualMachineId()).isEqualTo(build);
    }

    @Test
    void purgeAnswers204AndDeleteWithoutPurge500() {
        var refused = demo.delete(Paths.WWW1 + "/discs/uploads");
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(list(demo.get(Paths.WWW1 + "/discs"))).hasSize(2);
        assertThat(demo.delete(Paths.WWW1 + "/discs/uploads?purge=true").statusCode()).isEqualTo(204);
        assertThat(demo.get(Paths.WWW1 + "/discs/uploads").statusCode()).isEqualTo(404);
        assertThat(demo.delete(Paths.WWW1 + "/discs/uploads?purge=true").statusCode()).isEqualTo(404);
    }

    @Test
    void discsOfADeletedServerCannotChange() {
        String expected = "{\"virtual_machine\":[\"is deleted and cannot change\"]}";
        var create = demo.post(Paths.OLDSHOP + "/discs", "{\"size\":2048}");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).isEqualTo(expected);
        assertThat(demo.put(Paths.OLDSHOP + "/discs/vda", "{\"size\":20480}").body()).isEqualTo(expected);
        assertThat(demo.delete(Paths.OLDSHOP + "/discs/vda?purge=true").statusCode()).isEqualTo(403);
        assertThat(list(demo.get(Paths.OLDSHOP + "/discs"))).hasSize(1);
    }

    @Test
    void flatDiscPaths() {
        long www1 = Paths.www1Id(SIM.simulator());
        assertThat(list(demo.get("/discs"))).hasSize(31);
        List<Disc> ofWww1 = list(demo.get("/discs?vm_id=" + www1));
        assertThat(ofWww1).extracting(Disc::label).containsExactly("vda", "uploads");
        long uploads = ofWww1.get(1).id();
        assertThat(disc(demo.get("/discs/" + uploads)).label()).isEqualTo("uploads");
        assertThat(disc(demo.put("/discs/" + uploads, "{\"size\":204800}")).size()).isEqualTo(204800);
        assertThat(demo.delete("/discs/" + uploads).statusCode()).isEqualTo(500);
        assertThat(demo.delete("/discs/" + uploads + "?purge=true").statusCode()).isEqualTo(204);
        assertThat(demo.get("/discs/" + uploads).statusCode()).isEqualTo(404);
        assertThat(demo.get("/discs/uploads").statusCode()).isEqualTo(404);
        assertThat(list(demo.get("/discs?vm_id=" + www1))).hasSize(1);
    }

    private static void expect400(HttpResponse<String> answer, String body) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.body()).isEqualTo(body);
    }

    private static Disc created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return parse(answer.body(), new TypeReference<>() { });
    }

    private static Disc disc(HttpResponse<String> answer) {
        return AccountsAndServersTest.read(answer, new TypeReference<>() { });
    }

    private static List<Disc> list(HttpResponse<String> answer) {
        return AccountsAndServersTest.read(answer, new TypeReference<>() { });
    }

    private static <T> T parse(String body, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
