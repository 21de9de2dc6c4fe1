package org.bigvdm.ui.dialogs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.testutil.TestSessions;

/** Servers and discs the dialog tests share. */
public final class Servers {
    public static final VmRef REF = new VmRef("acme", "default", "web1");
    public static final ServerTarget TARGET = new ServerTarget(1, 1, 1234, REF);
    public static final Disc ROOT = Disc.of(11, "root", 25600, "sata", "tail1-sata1", 1234L);
    public static final Disc DATA = Disc.of(12, "data", 51200, "ssd", "tail1-ssd1", 1234L);
    public static final Disc OLD_VDA = Disc.of(13, "vda", 10240, "archive", "tail1-archive1", 1234L);
    public static final Definitions DEFINITIONS = definitions();

    private Servers() {
    }

    private static Definitions definitions() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("sata", "Standard SSD");
        words.put("ssd", "Premium SSD");
        words.put("archive", "Archive storage");
        return new Definitions(List.of("sata", "ssd", "archive"), words, List.of("york"));
    }

    /** web1, powered off, with root, data and an old disc still called vda. */
    public static ServerContext web1() {
        return new ServerContext(TARGET, "web1", false, false, false, List.of(ROOT, DATA, OLD_VDA), DEFINITIONS);
    }

    public static ServerContext running() {
        return new ServerContext(TARGET, "web1", true, false, false, List.of(ROOT, DATA, OLD_VDA), DEFINITIONS);
    }

    public static ServerContext deleted() {
        return new ServerContext(TARGET, "web1", false, true, false, List.of(ROOT, DATA, OLD_VDA), DEFINITIONS);
    }

    public static ServerContext readOnly() {
        return new ServerContext(TARGET, "web1", false, false, true, List.of(ROOT, DATA, OLD_VDA), DEFINITIONS);
    }

    /** A server already at the limit of 8 discs. */
    public static ServerContext full() {
        List<Disc> discs = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            discs.add(Disc.of(100 + i, "disc-" + i, 10240, "sata", "tail1-sata1", 1234L));
        }
        return new ServerContext(TARGET, "web1", false, false, false, discs, DEFINITIONS);
    }

    public static RecordingDiscApi api(ServerContext server) {
        return new RecordingDiscApi(server.discs());
    }

    /** The change service as the app builds it, sending through {@code api} and {@code runner}. */
    public static ChangeService changes(BrainApi api, TaskRunner runner) {
        AccessRights access = new AccessRights();
        return changes(TestSessions.on(api, access, runner), access, runner);
    }

    /** As the app builds it, on this session. */
    public static ChangeService changes(SessionService session, AccessRights access, TaskRunner runner) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);
        EstateService estate = new EstateService(session, runner, clock);
        return new ChangeService(session, estate, access, runner, clock);
    }

    /** As {@link #changes(BrainApi, TaskRunner)}, with everything run at once. */
    public static ChangeService changes(BrainApi api) {
        return changes(api, ImmediateTaskRunner.create());
    }
}
