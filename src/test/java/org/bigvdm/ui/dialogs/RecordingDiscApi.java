package org.bigvdm.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.UnsupportedBrainApi;

/**
 * An in-memory BrainApi for dialog tests: records every disc write, answers like the service
 * (a new id, disc-N for a missing label), and throws a given error once when told to. Reads of
 * the server (the change service's re-read after a change) are counted apart. Only the calls
 * the dialogs make are implemented; the simulator covers the rest end to end.
 */
public final class RecordingDiscApi extends UnsupportedBrainApi {
    /** One request as the service would have seen it. {@code body} is the DiscSpec, size or label. */
    public record Request(String operation, VmRef vm, String disc, Object body) {
    }

    private final List<Request> requests = new ArrayList<>();
    private final List<Disc> discs = new ArrayList<>();
    private ApiException nextFailure;
    private long nextId = 900;
    private int rereads;
    private boolean loseNextAnswer;

    public RecordingDiscApi(List<Disc> existing) {
        discs.addAll(existing);
    }

    /** The next disc write throws this instead of succeeding. */
    public void failNextWith(ApiException e) {
        nextFailure = e;
    }

    /** The next resize is made, but its answer is lost (a connection reset after the write). */
    public void loseNextAnswer() {
        loseNextAnswer = true;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How often the server was read (the change service reads it again after most outcomes). */
    public synchronized int rereads() {
        return rereads;
    }

    private synchronized void record(Request r) {
        requests.add(r);
        if (nextFailure != null) {
            ApiException e = nextFailure;
            nextFailure = null;
            throw e;
        }
    }

    private Disc find(String disc) {
        return discs.stream().filter(d -> String.valueOf(d.id()).equals(disc) || disc.equals(d.label()))
                .findFirst().orElseThrow();
    }

    private Disc replace(Disc old, Disc updated) {
        discs.set(discs.indexOf(old), updated);
        return updated;
    }

    @Override
    public Disc createDisc(VmRef vm, DiscSpec spec) {
        record(new Request("create", vm, null, spec));
        String label = spec.label() != null ? spec.label()
                : DiscRules.autoLabel(discs.stream().map(Disc::label).toList());
        String grade = spec.storageGrade() != null ? spec.storageGrade() : DiscRules.DEFAULT_GRADE;
        Disc d = Disc.of(nextId++, label, spec.size(), grade, "tail1-" + grade + "1", 1234L);
        discs.add(d);
        return d;
    }

    @Override
    public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) {
        record(new Request("resize", vm, disc, newSizeMib));
        Disc d = find(disc);
        Disc resized = replace(d, Disc.of(d.id(), d.label(), newSizeMib, d.storageGrade(), d.storagePool(),
                d.virtualMachineId()));
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new NetworkException(NetworkException.Kind.RESET, "Connection reset", null);
        }
        return resized;
    }

    @Override
    public Disc relabelDisc(VmRef vm, String disc, String newLabel) {
        record(new Request("relabel", vm, disc, newLabel));
        Disc d = find(disc);
        return replace(d, Disc.of(d.id(), newLabel, d.size(), d.storageGrade(), d.storagePool(), d.virtualMachineId()));
    }

    @Override
    public void purgeDisc(VmRef vm, String disc) {
        record(new Request("purge", vm, disc, null));
        discs.remove(find(disc));
    }

    @Override
    public List<Disc> discs(VmRef vm) {
        return List.copyOf(discs);
    }

    @Override
    public synchronized VirtualMachine virtualMachine(VmRef vm) {
        rereads++;
        return EstateFixtures.vm(1234, vm.vm(), 1, false, false, discs.toArray(Disc[]::new));
    }
}
