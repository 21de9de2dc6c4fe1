package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A backup: a copy of one disc ({@code parentDiscId}) at one moment, shaped like a disc. It is
 * taken on the disc's own storage and then moved to the grade {@code iceberg}; until it lands
 * there it is still in progress. {@code manual} backups are kept until deleted, scheduled ones
 * rotate. Only {@code id} and {@code label} are required: a backup list may carry nothing else.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Backup(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) String label,
        Long size,
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
        Integer migrationSpeed,
        Long parentDiscId,
        Boolean manual) {

    /** The grade a finished backup lives on. */
    public static final String COLD_STORAGE_GRADE = "iceberg";

    public Backup {
        backupSchedules = backupSchedules == null ? List.of() : List.copyOf(backupSchedules);
    }

    /** A backup as a new one is answered: the disc-like fields plus its parent and kind. */
    public static Backup of(long id, String label, Long sizeMib, String grade, String pool, Long vmId,
                            Long parentDiscId, boolean manual) {
        return new Backup(id, label, sizeMib, grade, pool, vmId, null, null, null, null, null, null, null, null, null,
                parentDiscId, manual);
    }

    /** True until the backup has reached cold storage (the official client says "in progress"). */
    public boolean inProgress() {
        return !COLD_STORAGE_GRADE.equals(storageGrade);
    }
}
