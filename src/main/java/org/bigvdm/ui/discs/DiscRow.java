package org.bigvdm.ui.discs;

import java.util.Locale;
import java.util.Objects;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.export.DiscExport;

/** One row of the disc table: a disc, the server it is on, and the words shown for it. */
public record DiscRow(Disc disc, ServerEntry server, String gradeDescription) {

    /**
     * Rows are equal when they show the same thing. The server's account is left out on
     * purpose: comparing whole account trees per row would make refreshes slow.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DiscRow r && disc.equals(r.disc) && server.key().equals(r.server.key())
                && serverName().equals(r.serverName()) && server.vm().deleted() == r.server.vm().deleted()
                && server.vm().powerOn() == r.server.vm().powerOn()
                && Objects.equals(gradeDescription, r.gradeDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(disc, server.key());
    }

    static DiscRow of(Disc disc, ServerEntry server, Definitions definitions) {
        return new DiscRow(disc, server, definitions.describe(disc.storageGrade()));
    }

    public long id() {
        return disc.id();
    }

    public String label() {
        return disc.label() == null ? "" : disc.label();
    }

    public long sizeMib() {
        return disc.size();
    }

    public String grade() {
        return disc.storageGrade() == null ? "" : disc.storageGrade();
    }

    /** The service's description of the grade ("Premium SSD"), or its code when it has none. */
    public String gradeText() {
        return gradeDescription == null || gradeDescription.isBlank() ? grade() : gradeDescription;
    }

    public String pool() {
        return disc.storagePool() == null ? "" : disc.storagePool();
    }

    public String serverName() {
        return server.vm().name();
    }

    /** "to ssd, 42%" while a disc migrates (the column says "Migration"), else empty. */
    public String migrationText() {
        return DiscExport.migrationText(disc);
    }

    /** The whole story of a migration, for the cell's tooltip. */
    public String migrationTooltip() {
        if (!disc.migrating()) {
            return "";
        }
        String to = (disc.newStorageGrade() == null ? "" : disc.newStorageGrade() + " ")
                + (disc.newStoragePool() == null ? "" : "(" + disc.newStoragePool() + ")");
        String pct = disc.migrationProgress() == null ? ""
                : ": " + disc.migrationProgress() + "% done";
        return "Moving from " + grade() + " (" + pool() + ") to " + to.strip() + pct;
    }

    /** Progress 0..1 of a migration, or -1 when unknown or not moving. */
    public double migrationFraction() {
        Integer p = disc.migrationProgress();
        return p == null ? -1 : Math.max(0, Math.min(1, p / 100.0));
    }
}
