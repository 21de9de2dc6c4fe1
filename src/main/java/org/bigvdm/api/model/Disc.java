package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A disc. {@code size} is MiB. The migration fields (integers: percent, seconds, MiB/s) are set
 * only while the disc moves between storage pools; the backup fields only where the service
 * sends them. {@code id}, {@code label} and {@code size} are required: without them a disc cannot
 * be shown or addressed, so an answer lacking one is refused as a whole.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Disc(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) String label,
        @JsonProperty(required = true) long size,
        String storageGrade,
        String storagePool,
        Long virtualMachineId,
        Boolean backupsEnabled,
        Integer backupCount,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BackupSchedule> backupSchedules,
        String resourceName,
        String newStorageGrade,
        String newStoragePool,
        Integer migrationProgress,
        Integer migrationEta,
        Integer migrationSpeed) {

    public Disc {
        backupSchedules = backupSchedules == null ? List.of() : List.copyOf(backupSchedules);
        label = SharedText.of(label);
        storageGrade = SharedText.of(storageGrade);
        storagePool = SharedText.of(storagePool);
        newStorageGrade = SharedText.of(newStorageGrade);
        newStoragePool = SharedText.of(newStoragePool);
    }

    /** A disc without backup schedules or resource name (the shape most answers have). */
    public Disc(long id, String label, long size, String storageGrade, String storagePool, Long virtualMachineId,
                Boolean backupsEnabled, Integer backupCount, String newStorageGrade, String newStoragePool,
                Integer migrationProgress, Integer migrationEta, Integer migrationSpeed) {
        this(id, label, size, storageGrade, storagePool, virtualMachineId, backupsEnabled, backupCount, null, null,
                newStorageGrade, newStoragePool, migrationProgress, migrationEta, migrationSpeed);
    }

    /** A disc as the service sends it when no migration or backup fields are present. */
    public static Disc of(long id, String label, long sizeMib, String grade, String pool, Long vmId) {
        return new Disc(id, label, sizeMib, grade, pool, vmId, null, null, null, null, null, null, null);
    }

    public boolean migrating() {
        return newStoragePool != null || newStorageGrade != null || migrationProgress != null;
    }

    /**
     * True while a backup is being restored onto the disc: it then shows the backups' grade
     * ({@code iceberg}) and the grade it returns to as {@code new_storage_grade}.
     */
    public boolean restoring() {
        return Backup.COLD_STORAGE_GRADE.equals(storageGrade) && newStorageGrade != null;
    }

    public Disc withLabel(String newLabel) {
        return new Disc(id, newLabel, size, storageGrade, storagePool, virtualMachineId, backupsEnabled, backupCount,
                backupSchedules, resourceName, newStorageGrade, newStoragePool, migrationProgress, migrationEta,
                migrationSpeed);
    }

    public Disc withSize(long newSize) {
        return new Disc(id, label, newSize, storageGrade, storagePool, virtualMachineId, backupsEnabled, backupCount,
                backupSchedules, resourceName, newStorageGrade, newStoragePool, migrationProgress, migrationEta,
                migrationSpeed);
    }

    public Disc withVirtualMachineId(Long vmId) {
        return new Disc(id, label, size, storageGrade, storagePool, vmId, backupsEnabled, backupCount,
                backupSchedules, resourceName, newStorageGrade, newStoragePool, migrationProgress, migrationEta,
                migrationSpeed);
    }

    /** The same disc with these backup fields (schedules may be empty). */
    public Disc withBackups(boolean enabled, int count, List<BackupSchedule> schedules) {
        return new Disc(id, label, size, storageGrade, storagePool, virtualMachineId, enabled, count, schedules,
                resourceName, newStorageGrade, newStoragePool, migrationProgress, migrationEta, migrationSpeed);
    }
}
