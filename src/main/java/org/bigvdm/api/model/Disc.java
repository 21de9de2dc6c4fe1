package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A disc. {@code size} is MiB. The migration fields are set only while the disc moves between
 * storage pools; backup fields only where the service sends them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Disc(
        long id,
        String label,
        long size,
        String storageGrade,
        String storagePool,
        Long virtualMachineId,
        Boolean backupsEnabled,
        Integer backupCount,
        String newStorageGrade,
        String newStoragePool,
        Double migrationProgress,
        Double migrationEta,
        Double migrationSpeed) {

    /** A disc as the service sends it when no migration or backup fields are present. */
    public static Disc of(long id, String label, long sizeMib, String grade, String pool, Long vmId) {
        return new Disc(id, label, sizeMib, grade, pool, vmId, null, null, null, null, null, null, null);
    }

    public boolean migrating() {
        return newStoragePool != null || newStorageGrade != null || migrationProgress != null;
    }

    public Disc withLabel(String newLabel) {
        return new Disc(id, newLabel, size, storageGrade, storagePool, virtualMachineId, backupsEnabled,
                backupCount, newStorageGrade, newStoragePool, migrationProgress, migrationEta, migrationSpeed);
    }

    public Disc withSize(long newSize) {
        return new Disc(id, label, newSize, storageGrade, storagePool, virtualMachineId, backupsEnabled,
                backupCount, newStorageGrade, newStoragePool, migrationProgress, migrationEta, migrationSpeed);
    }

    public Disc withVirtualMachineId(Long vmId) {
        return new Disc(id, label, size, storageGrade, storagePool, vmId, backupsEnabled,
                backupCount, newStorageGrade, newStoragePool, migrationProgress, migrationEta, migrationSpeed);
    }
}
