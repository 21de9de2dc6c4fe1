package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigvdm.api.http.Wire.TOKEN;
import static org.bigvdm.api.http.Wire.assertJsonBody;
import static org.bigvdm.api.http.Wire.assertStandardHeaders;
import static org.bigvdm.api.http.Wire.assertTarget;
import static org.bigvdm.api.http.Wire.empty;
import static org.bigvdm.api.http.Wire.fixture;
import static org.bigvdm.api.http.Wire.json;
import static org.bigvdm.api.http.Wire.take;
import static org.bigvdm.api.http.Wire.text;
import static org.bigvdm.api.http.Wire.vnd;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.UnconfirmedWriteException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.VmRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins method, path, query and body of every backup and schedule call, reads the official
 * client's public backup answers, and checks that no write is ever sent twice.
 */
class BackupClientWireTest {
    private static final VmRef VM = new VmRef("acme", "default", "web1");
    private static final String DISC_PATH = "/accounts/acme/groups/default/virtual_machines/web1/discs/pgdata";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private HttpBrainClient client;

    @BeforeEach
    void setUp() {
        client = Wire.client(server);
    }

    private void read(String target) {
        RecordedRequest r = take(server);
        assertTarget(r, "GET", target);
        assertStandardHeaders(r, TOKEN);
        assertThat(r.getBodySize()).isZero();
    }

    /** A write with no body: nothing sent, and no Content-Type claiming JSON that is not there. */
    private void writtenWithoutBody(String method, String target) {
        RecordedRequest r = take(server);
        assertTarget(r, method, target);
        assertStandardHeaders(r, TOKEN);
        assertThat(r.getBodySize()).isZero();
        assertThat(r.getHeaders().get("Content-Type")).isNull();
    }

    @Test
    void listsBackupsAsTheOfficialClientsTestsShowThem() {
        server.enqueue(vnd("backup", fixture("client-backups.json")));
        assertThat(client.backups(VM, "pgdata")).extracting(Backup::id, Backup::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(509L, "backup-509"),
                        org.assertj.core.groups.Tuple.tuple(533L, "backup-533"));
        read(DISC_PATH + "/backups");
    }

    @Test
    void takeSendsAPostWithNoBodyAndReadsTheNewBackup() {
        server.enqueue(json(201, fixture("client-backup.json"), "application/vnd.bigv.disc+json"));
        Backup b = client.takeBackup(VM, "pgdata");
        assertThat(b.label()).isEqualTo("philtesting-backup-20161122134250");
        assertThat(b.manual()).isTrue();
        assertThat(b.parentDiscId()).isEqualTo(503);
        assertThat(b.inProgress()).as("still on sata, not yet on iceberg").isTrue();
        writtenWithoutBody("POST", DISC_PATH + "/backups");
    }

    @Test
    void takeWithAnEmptyAnswerReadsTheNewestBackupNotKnownToBeScheduled() {
        server.enqueue(empty(202));
        server.enqueue(json("[{\"id\": 7, \"label\": \"a\", \"manual\": true},"
                + " {\"id\": 9, \"label\": \"b\"}, {\"id\": 12, \"label\": \"c\", \"manual\": false}]"));
        assertThat(client.takeBackup(VM, "pgdata").id()).isEqualTo(9);
        writtenWithoutBody("POST", DISC_PATH + "/backups");
        read(DISC_PATH + "/backups");
    }

    @Test
    void aTakeWhoseReadBackFailsSaysItHappenedAndIsNotSentAgain() {
        server.enqueue(empty(204));
        server.enqueue(text(503, "maintenance"));
        assertThatThrownBy(() -> client.takeBackup(VM, "pgdata"))
                .isInstanceOfSatisfying(UnconfirmedWriteException.class,
                        e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(2);
        writtenWithoutBody("POST", DISC_PATH + "/backups");
        read(DISC_PATH + "/backups");
    }

    @Test
    void restoreSendsRestoreTrueToTheBackupByLabelOrId() {
        server.enqueue(json(fixture("client-backup.json")));
        server.enqueue(json(fixture("client-backup.json")));
        client.restoreBackup(VM, "pgdata", "philtesting-backup-20161122134250");
        assertThat(client.restoreBackup(VM, "pgdata", "506").id()).isEqualTo(506);
        for (String backup : new String[] {"philtesting-backup-20161122134250", "506"}) {
            RecordedRequest r = take(server);
            assertTarget(r, "PUT", DISC_PATH + "/backups/" + backup);
            assertJsonBody(r, "{\"restore\": true}");
        }
    }

    @Test
    void restoreWithAnEmptyAnswerReadsTheBackupBack() {
        server.enqueue(empty(200));
        server.enqueue(json("[{\"id\": 505, \"label\": \"x\"}, " + fixture("client-backup.json") + "]"));
        server.enqueue(empty(204));
        server.enqueue(json("[" + fixture("client-backup.json") + "]"));
        assertThat(client.restoreBackup(VM, "pgdata", "506").label()).isEqualTo("philtesting-backup-20161122134250");
        assertThat(client.restoreBackup(VM, "pgdata", "philtesting-backup-20161122134250").id()).isEqualTo(506);
        take(server);
        read(DISC_PATH + "/backups");
        take(server);
        read(DISC_PATH + "/backups");
    }

    @Test
    void aRefusedRestoreIsTheServicesFieldError() {
        server.enqueue(json(400, "{\"virtual_machine\": [\"must be powered off\"]}", "application/json"));
        assertThatThrownBy(() -> client.restoreBackup(VM, "pgdata", "506"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("virtual_machine must be powered off"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteAlwaysSaysPurgeAndSendsNoBody() {
        server.enqueue(empty(204));
        client.deleteBackup(VM, "pgdata", "backup-509");
        RecordedRequest r = take(server);
        assertTarget(r, "DELETE", DISC_PATH + "/backups/backup-509?purge=true");
        assertThat(r.getBodySize()).isZero();
    }

    @Test
    void addScheduleSendsTheThreeFieldsOfTheContract() {
        server.enqueue(json(201, "{\"id\": 9, \"start_at\": \"2026-01-01T00:00:00+00:00\", \"interval_seconds\": 86400,"
                + " \"capacity\": 7}", "application/json"));
        BackupSchedule s = client.addBackupSchedule(VM, "pgdata", new BackupScheduleSpec("00:00", 86400, 7));
        assertThat(s).isEqualTo(new BackupSchedule(9L, "2026-01-01T00:00:00+00:00", 86400, 7));
        RecordedRequest r = take(server);
        assertTarget(r, "POST", DISC_PATH + "/backup_schedules");
        assertJsonBody(r, "{\"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": 7}");
    }

    /** The official client's fixture answers {@code start_date} and no capacity: read as it is. */
    @Test
    void addScheduleReadsTheOfficialClientsAnswer() {
        server.enqueue(json(fixture("client-backup-schedule.json")));
        BackupSchedule s = client.addBackupSchedule(VM, "pgdata", new BackupScheduleSpec("00:00", 3540, 1));
        assertThat(s).isEqualTo(new BackupSchedule(9L, "2017-02-06T11:29:35+00:00", 3540, null));
    }

    @Test
    void addScheduleWithAnEmptyAnswerReadsTheDiscsNewestSchedule() {
        server.enqueue(empty(201));
        server.enqueue(json("{\"id\": 1111, \"label\": \"pgdata\", \"size\": 25600, \"backup_schedules\": ["
                + "{\"id\": 9, \"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": 7},"
                + "{\"id\": 14, \"start_at\": \"02:30\", \"interval_seconds\": 3600, \"capacity\": 24}]}"));
        assertThat(client.addBackupSchedule(VM, "pgdata", new BackupScheduleSpec("02:30", 3600, 24)).id())
                .isEqualTo(14);
        take(server);
        read(DISC_PATH);
    }

    @Test
    void removeScheduleDeletesItById() {
        server.enqueue(empty(204));
        client.removeBackupSchedule(VM, "pgdata", 14);
        RecordedRequest r = take(server);
        assertTarget(r, "DELETE", DISC_PATH + "/backup_schedules/14");
        assertThat(r.getBodySize()).isZero();
    }

    /** A lost answer to any backup write is reported as such, never followed by a second send. */
    @Test
    void noBackupWriteIsEverRetried() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new mockwebserver3.MockResponse.Builder()
                    .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket()).build());
        }
        Runnable[] writes = {
            () -> client.takeBackup(VM, "pgdata"),
            () -> client.restoreBackup(VM, "pgdata", "506"),
            () -> client.deleteBackup(VM, "pgdata", "506"),
            () -> client.addBackupSchedule(VM, "pgdata", new BackupScheduleSpec("00:00", 86400, 7)),
            () -> client.removeBackupSchedule(VM, "pgdata", 9)};
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOfSatisfying(NetworkException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
        }
        assertThat(server.getRequestCount()).as("each sent once").isEqualTo(5);
    }

    @Test
    void backupAndDiscNamesArePercentEncodedAndDotSegmentsRefused() {
        server.enqueue(json("[]"));
        client.backups(new VmRef("acme co", "default", "web1"), "my disc");
        assertThat(take(server).getTarget())
                .isEqualTo("/accounts/acme%20co/groups/default/virtual_machines/web1/discs/my%20disc/backups");
        assertThatThrownBy(() -> client.deleteBackup(VM, "pgdata", "..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.restoreBackup(VM, "..", "506")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
