package org.bigvdm.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.VirtualMachine;

/**
 * Create, update and purge of discs, each checked against the contract's rules (section 5)
 * and applied in one step under the estate's write lock, so racing requests can never push a
 * server past 8 discs, duplicate a label or shrink a disc.
 */
public final class DiscOperations {
    public static final Set<String> GRADES = Set.of("sata", "ssd", "archive");

    private final SimState state;

    DiscOperations(SimState state) {
        this.state = state;
    }

    /** {@code POST .../discs}: a new disc; an empty label becomes {@code disc-N}. */
    public Disc create(long vmId, JsonNode body) {
        return state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            SimError.refuseIfDeleted(vm);
            var errors = new FieldErrors();
            DiscRequest req = DiscRequest.from(body, errors);
            List<String> labels = state.discsOfLocked(vmId).stream().map(Disc::label).toList();
            if (labels.size() >= DiscRules.MAX_DISCS_PER_SERVER) {
                errors.add("discs", "at most " + DiscRules.MAX_DISCS_PER_SERVER + " per server");
            }
            DiscRules.labelProblem(req.label(), labels).ifPresent(p -> errors.add("label", p));
            if (req.size() == null && !errors.has("size")) {
                errors.add("size", "can't be blank");
            } else if (req.size() != null) {
                DiscRules.sizeProblem(req.size()).ifPresent(p -> errors.add("size", p));
            }
            String grade = req.storageGrade() == null ? DiscRules.DEFAULT_GRADE : req.storageGrade();
            if (!GRADES.contains(grade)) {
                errors.add("storage_grade", "is not included in the list");
            }
            errors.throwIfAny();
            String label = req.label() == null || req.label().isEmpty() ? DiscRules.autoLabel(labels) : req.label();
            Disc disc = EstateBuilder.newDisc(state.newId(), label, req.size(), grade, EstateBuilder.pool(grade, 1), vmId);
            state.putDisc(disc);
            state.changed();
            return disc;
        });
    }

    /**
     * {@code PUT .../discs/{disc}}: resize, relabel and/or move ({@link MoveRules}); only sent
     * fields change. A move changes the disc's {@code virtual_machine_id}, so both servers' disc
     * lists follow at once.
     */
    public Disc update(long vmId, String discRef, JsonNode body) {
        return state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            return updateLocked(vm, disc, body);
        });
    }

    /** {@code PUT /discs/{id}}. */
    public Disc updateById(long discId, JsonNode body) {
        return state.write(() -> {
            Disc disc = state.discById(discId);
            return updateLocked(state.vmLocked(disc.virtualMachineId()), disc, body);
        });
    }

    /** {@code DELETE .../discs/{disc}?purge=true}: the disc is gone for good, with its backups and schedules. */
    public void purge(long vmId, String discRef) {
        state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            SimError.refuseIfDeleted(vm);
            state.removeDisc(disc.id());
            new BackupWork(state).forget(disc.id());
            state.changed();
            return null;
        });
    }

    /** {@code DELETE /discs/{id}?purge=true}. */
    public void purgeById(long discId) {
        state.write(() -> {
            Disc disc = state.discById(discId);
            SimError.refuseIfDeleted(state.vmLocked(disc.virtualMachineId()));
            state.removeDisc(discId);
            new BackupWork(state).forget(discId);
            state.changed();
            return null;
        });
    }

    private Disc updateLocked(VirtualMachine vm, Disc disc, JsonNode body) {
        SimError.refuseIfDeleted(vm);
        var errors = new FieldErrors();
        DiscRequest req = DiscRequest.from(body, errors);
        Disc updated = disc;

        VirtualMachine target = vm;
        if (req.virtualMachineId() != null && req.virtualMachineId() != vm.id()) {
            target = MoveRules.target(state, vm, disc, req.virtualMachineId(), errors);
        }
        if (target != null) {
            List<String> otherLabels = state.discsOfLocked(target.id()).stream()
                    .filter(d -> d.id() != disc.id()).map(Disc::label).toList();
            if (req.labelSent()) {
                if (req.label() == null || req.label().isEmpty()) {
                    errors.add("label", "can't be blank");
                } else if (!req.label().equals(disc.label()) || target != vm) {
                    DiscRules.labelProblem(req.label(), otherLabels).ifPresent(p -> errors.add("label", p));
                }
                updated = updated.withLabel(req.label());
            } else if (target != vm && otherLabels.contains(disc.label())) {
                errors.add("label", "is already in use on this server");
            }
            if (target != vm) {
                if (otherLabels.size() >= DiscRules.MAX_DISCS_PER_SERVER) {
                    errors.add("discs", "at most " + DiscRules.MAX_DISCS_PER_SERVER + " per server");
                }
                updated = updated.withVirtualMachineId(target.id());
            }
        }
        if (req.size() != null) {
            if (req.size() < disc.size()) {
                errors.add("size", "cannot be reduced (currently " + disc.size() + ")");
            } else {
                DiscRules.sizeProblem(req.size()).ifPresent(p -> errors.add("size", p));
            }
            updated = updated.withSize(req.size());
        }
        errors.throwIfAny();
        if (target != null && target != vm) {
            state.removeDisc(disc.id()); // a moved disc joins the end of its new server's list
        }
        if (!updated.equals(disc)) {
            state.putDisc(updated);
            state.changed();
        }
        return updated;
    }
}
