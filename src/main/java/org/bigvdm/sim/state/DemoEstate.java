package org.bigvdm.sim.state;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.bigvdm.api.model.BackupTimes;

/**
 * A small business's estate for demos and tests: two accounts, a dozen servers with one
 * powered off, one deleted, legacy {@code vda} labels, every grade, one disc mid-migration, and
 * backups: {@code db1/pgdata} backed up every night at 00:00 (keeps 7) plus one manual backup,
 * {@code mail/maildirs} every week (keeps 4), two manual backups of {@code www2/root}, a manual
 * backup of the 1 TiB {@code files/shares} still in progress, and the production database's
 * {@code db1/wal} with no backups at all. Backup times are relative to {@code now}.
 * Names here are referred to by tests; change them together.
 */
public final class DemoEstate {
    public static final String ACCOUNT = "acme-web";
    public static final String OTHER_ACCOUNT = "northwind";

    private DemoEstate() {
    }

    public static Snapshot build(Instant now) {
        ZonedDateTime today = now.atZone(BackupTimes.SERVICE_ZONE).truncatedTo(ChronoUnit.DAYS);
        var b = new EstateBuilder();
        long acme = b.account(ACCOUNT);
        long acmeDefault = b.group(acme, "default");
        long acmeProd = b.group(acme, "production");
        long acmeStaging = b.group(acme, "staging");

        // An old server from before labels: its root disc is still called vda.
        long www1 = b.vm(acmeProd, "www1", 2, 4096, true, false, "york", "stretch");
        b.disc(www1, "vda", 25600, "sata", 1);
        b.disc(www1, "uploads", 102400, "sata", 1);

        long www2 = b.vm(acmeProd, "www2", 2, 4096, true, false, "manchester", "bookworm");
        long www2Root = b.disc(www2, "root", 25600, "ssd", 2);
        b.backup(www2Root, today.minusDays(40).withHour(9).withMinute(12).toInstant(), true, null, true);
        b.backup(www2Root, today.minusDays(3).withHour(14).withMinute(5).toInstant(), true, null, true);
        b.disc(www2, "uploads", 102400, "sata", 1);

        long db1 = b.vm(acmeProd, "db1", 4, 16384, true, false, "york", "bookworm");
        b.disc(db1, "root", 25600, "ssd", 2);
        long pgdata = b.disc(db1, "pgdata", 204800, "ssd", 2);
        b.backup(pgdata, today.minusDays(10).withHour(16).withMinute(20).toInstant(), true, null, true);
        b.schedule(pgdata, today.minusDays(30), 86400, 7, now);
        b.disc(db1, "wal", 51200, "ssd", 1);
        b.disc(db1, "backups", 512000, "archive", 1);
        b.migratingDisc(db1, "reports", 81920, "sata", "ssd", 42, 1260, 68);

        long mail = b.vm(acmeDefault, "mail", 1, 2048, true, false, "york", "bullseye");
        b.disc(mail, "vda", 20480, "sata", 1);
        long maildirs = b.disc(mail, "maildirs", 153600, "sata", 2);
        b.schedule(maildirs, today.minusWeeks(3).withHour(2).withMinute(30), 604800, 4, now);
        b.disc(mail, "archive", 409600, "archive", 1);

        long build = b.vm(acmeDefault, "build", 8, 16384, false, false, "manchester", "bookworm");
        b.disc(build, "root", 51200, "ssd", 1);
        b.disc(build, "cache", 102400, "sata", 1);

        long stagingWeb = b.vm(acmeStaging, "web", 1, 2048, true, false, "york", "bookworm");
        b.disc(stagingWeb, "root", 25600, "sata", 1);

        long stagingDb = b.vm(acmeStaging, "db", 2, 4096, false, false, "york", "bookworm");
        b.disc(stagingDb, "root", 25600, "sata", 2);
        b.disc(stagingDb, "pgdata", 51200, "ssd", 2);

        long oldShop = b.vm(acmeStaging, "oldshop", 1, 1024, false, true, "york", "jessie");
        b.disc(oldShop, "vda", 10240, "sata", 1);

        long north = b.account(OTHER_ACCOUNT);
        long northDefault = b.group(north, "default");
        long northOffice = b.group(north, "office");

        long files = b.vm(northOffice, "files", 4, 8192, true, false, "manchester", "bookworm");
        b.disc(files, "root", 25600, "ssd", 1);
        long shares = b.disc(files, "shares", 1048576, "sata", 2);
        b.backup(shares, now, true, null, false); // 1 TiB: eleven backup delays to copy
        b.disc(files, "snapshots", 1048576, "archive", 1);
        b.disc(files, "scratch", 204800, "sata", 1);
        b.disc(files, "profiles", 102400, "ssd", 2);
        b.disc(files, "vault", 2097152, "archive", 2);
        b.disc(files, "printers", 10240, "sata", 1);
        b.disc(files, "disc-8", 20480, "sata", 1);

        long vpn = b.vm(northOffice, "vpn", 1, 1024, true, false, "york", "bookworm");
        b.disc(vpn, "root", 10240, "sata", 1);

        long intranet = b.vm(northDefault, "intranet", 2, 4096, true, false, "york", "bookworm");
        b.disc(intranet, "root", 25600, "sata", 1);
        b.disc(intranet, "disc-2", 51200, "ssd", 2);

        long monitor = b.vm(northDefault, "monitor", 1, 2048, false, false, "manchester", "bookworm");
        b.disc(monitor, "vda", 25600, "sata", 2);
        b.disc(monitor, "metrics", 102400, "archive", 1);
        return b.build();
    }
}
