package org.bigvdm.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definition;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Json;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;

/**
 * A BrainApi for ViewModel tests: answers reads from a settable estate, records every call,
 * and can be told to fail the next call. Writes are not supported here (the simulator covers
 * them end to end).
 */
public class FakeEstateApi extends UnsupportedBrainApi {
    public volatile List<Account> accounts = EstateFixtures.smallEstate();
    public volatile RuntimeException failNext;
    public final List<String> calls = new CopyOnWriteArrayList<>();

    private <T> T answer(String call, Supplier<T> value) {
        calls.add(call);
        RuntimeException f = failNext;
        if (f != null) {
            failNext = null;
            throw f;
        }
        return value.get();
    }

    @Override
    public List<Account> overview() {
        return answer("overview", () -> accounts);
    }

    private Account findAccount(String account) {
        return accounts.stream().filter(a -> a.name().equals(account)).findFirst()
                .orElseThrow(() -> new NotFoundException("no such account"));
    }

    private Group findGroup(String account, String group) {
        return findAccount(account).groups().stream().filter(g -> g.name().equals(group)).findFirst()
                .orElseThrow(() -> new NotFoundException("no such group"));
    }

    private VirtualMachine findVm(VmRef vm) {
        return findGroup(vm.account(), vm.group()).virtualMachines().stream()
                .filter(v -> v.name().equals(vm.vm())).findFirst()
                .orElseThrow(() -> new NotFoundException("no such server"));
    }

    @Override
    public Account account(String account) {
        return answer("account " + account, () -> findAccount(account));
    }

    @Override
    public List<Group> groups(String account) {
        return answer("groups " + account, () -> findAccount(account).groups());
    }

    @Override
    public Group group(String account, String group) {
        return answer("group " + group, () -> findGroup(account, group));
    }

    @Override
    public List<VirtualMachine> virtualMachines(String account, String group, boolean includeDeleted) {
        return answer("vms " + group, () -> findGroup(account, group).virtualMachines());
    }

    @Override
    public VirtualMachine virtualMachine(VmRef vm) {
        return answer("vm " + vm, () -> findVm(vm));
    }

    @Override
    public VirtualMachine virtualMachine(long id) {
        return answer("vm " + id, () -> all().stream().filter(v -> v.id() == id).findFirst().orElseThrow());
    }

    private List<VirtualMachine> all() {
        List<VirtualMachine> out = new ArrayList<>();
        accounts.forEach(a -> a.groups().forEach(g -> out.addAll(g.virtualMachines())));
        return out;
    }





    @Override
    public List<Disc> discs(VmRef vm) {
        return answer("discs " + vm, () -> findVm(vm).discs());
    }











    /** No privileges listed: the app then leaves every decision to the service, as before it read them. */
    @Override
    public List<Privilege> privileges(String username) {
        return List.of();
    }

    @Override
    public Definitions definitions() {
        var m = Json.mapper();
        return answer("definitions", () -> Definitions.from(List.of(
                new Definition("storage_grades", m.valueToTree(List.of("sata", "ssd", "archive"))),
                new Definition("storage_grade_descriptions", m.valueToTree(Map.of(
                        "sata", "Standard SSD", "ssd", "Premium SSD", "archive", "Archive storage"))))));
    }
}
