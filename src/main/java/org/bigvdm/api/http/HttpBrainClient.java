package org.bigvdm.api.http;

import com.fasterxml.jackson.databind.JavaType;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.PowerState;
import org.bigvdm.api.TokenSource;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnconfirmedWriteException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Definition;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;

/**
 * {@link BrainApi} over HTTP. Thread-safe; every call blocks. The token is fetched from the
 * {@link TokenSource} for each request, so a new sign-in applies at once.
 *
 * <p>A write that answers 2xx with an empty body (the service varies) is followed by one GET of
 * the disc where it now lives, so callers always get the disc's current state; see
 * {@link #createDisc} for the one case where that is a best guess (backups and schedules are read
 * back as {@link BackupCalls} says). Should that read fail, an
 * {@link UnconfirmedWriteException} says the write happened but could not be confirmed, so
 * callers read the server again and never send the write a second time.
 *
 * <p>Any 2xx counts as success and any response type is parsed as JSON (the service sends both
 * {@code application/json} and {@code application/vnd.bigv.<kind>+json}); a body that is not
 * the JSON expected becomes a {@code NetworkException} of kind MALFORMED_RESPONSE.
 */
public final class HttpBrainClient implements BrainApi {
    private static final JavaType DISC = JsonBodies.type(Disc.class);
    private static final JavaType DISCS = JsonBodies.listOf(Disc.class);

    private final BrainCalls calls;
    private final BrainUrls urls;
    private final BackupCalls backups;

    public HttpBrainClient(ClientConfig config, TokenSource tokens) {
        this(HttpClients.create(config), config, tokens);
    }

    /** Shares {@code base}'s connection pool and threads (e.g. with the auth client). */
    public HttpBrainClient(OkHttpClient base, ClientConfig config, TokenSource tokens) {
        this.calls = new BrainCalls(new Transport(HttpClients.derive(base, config), config.userAgent()), tokens);
        this.urls = new BrainUrls(config.endpoints().brain());
        this.backups = new BackupCalls(calls, urls);
    }

    @Override
    public List<Account> overview() {
        return calls.get(overviewOf(urls.path("accounts")), JsonBodies.listOf(Account.class));
    }

    @Override
    public Account account(String account) {
        return calls.get(overviewOf(urls.path("accounts", account)), JsonBodies.type(Account.class));
    }

    @Override
    public List<Group> groups(String account) {
        return calls.get(urls.path("accounts", account, "groups").build(), JsonBodies.listOf(Group.class));
    }

    @Override
    public Group group(String account, String group) {
        HttpUrl url = urls.path("accounts", account, "groups", group).addQueryParameter("view", "overview").build();
        return calls.get(url, JsonBodies.type(Group.class));
    }

    @Override
    public List<VirtualMachine> virtualMachines(String account, String group, boolean includeDeleted) {
        HttpUrl.Builder url = urls.path("accounts", account, "groups", group, "virtual_machines");
        if (includeDeleted) {
            url.addQueryParameter("include_deleted", "true");
        }
        return calls.get(url.build(), JsonBodies.listOf(VirtualMachine.class));
    }

    @Override
    public VirtualMachine virtualMachine(VmRef vm) {
        return calls.get(urls.vm(vm).addQueryParameter("view", "overview").build(),
                JsonBodies.type(VirtualMachine.class));
    }

    @Override
    public VirtualMachine virtualMachine(long id) {
        return calls.get(urls.path("virtual_machines", Long.toString(id)).build(),
                JsonBodies.type(VirtualMachine.class));
    }

    @Override
    public PowerState powerState(VmRef vm) {
        // The official client's own read of one server: a deleted one answers too.
        HttpUrl url = urls.vm(vm).addQueryParameter("include_deleted", "true")
                .addQueryParameter("view", "overview").build();
        return PowerState.of(calls.get(url, JsonBodies.type(VirtualMachine.class)));
    }

    @Override
    public void start(VmRef vm) {
        power(vm, true, true);
    }

    @Override
    public void stop(VmRef vm) {
        power(vm, false, false);
    }

    @Override
    public void restart(VmRef vm) {
        // Off with autoreboot on: the service brings the server straight back up.
        power(vm, false, true);
    }

    @Override
    public void signalPowerdown(VmRef vm) {
        // Autoreboot off first, or the guest's clean shutdown would be followed by a boot.
        calls.write("PUT", urls.vm(vm).build(), JsonBodies.object("autoreboot_on", false));
        calls.write("POST", urls.vm(vm, "signal").build(), JsonBodies.object("signal", "powerdown"));
    }

    @Override
    public void signalReset(VmRef vm) {
        calls.write("POST", urls.vm(vm, "signal").build(), JsonBodies.object("signal", "reset"));
    }

    @Override
    public void undelete(VmRef vm) {
        calls.write("PUT", urls.vm(vm).build(), JsonBodies.object("deleted", false));
    }

    @Override
    public List<Disc> discs(VmRef vm) {
        return calls.get(urls.vm(vm, "discs").build(), DISCS);
    }

    @Override
    public Disc disc(VmRef vm, String disc) {
        return calls.get(urls.vm(vm, "discs", disc).build(), DISC);
    }

    /**
     * Returns the disc from the answer. Should a 2xx come with no body, the disc is read again:
     * by its label when one was given, else the VM's disc with the highest id (ids grow, so that is
     * the newest; a best guess should another disc be created on the same VM meanwhile).
     */
    @Override
    public Disc createDisc(VmRef vm, DiscSpec spec) {
        Objects.requireNonNull(spec, "spec");
        HttpUrl url = urls.vm(vm, "discs").build();
        Answer answer = calls.write("POST", url, JsonBodies.write(spec));
        if (!answer.emptyBody()) {
            return BrainCalls.parse(answer, url, DISC);
        }
        if (spec.label() != null && !spec.label().isBlank()) {
            return BrainCalls.readBack(() -> disc(vm, spec.label()));
        }
        return BrainCalls.readBack(() -> discs(vm).stream().max(Comparator.comparingLong(Disc::id))
                .orElseThrow(() -> new NotFoundException("The new disc was not found on " + vm)));
    }

    @Override
    public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) {
        HttpUrl url = urls.vm(vm, "discs", disc).build();
        Answer answer = calls.write("PUT", url, JsonBodies.object("size", newSizeMib));
        return answer.emptyBody() ? BrainCalls.readBack(() -> disc(vm, disc)) : BrainCalls.parse(answer, url, DISC);
    }

    @Override
    public Disc relabelDisc(VmRef vm, String disc, String newLabel) {
        BrainUrls.checked(newLabel);
        HttpUrl url = urls.vm(vm, "discs", disc).build();
        Answer answer = calls.write("PUT", url, JsonBodies.object("label", newLabel));
        return answer.emptyBody() ? BrainCalls.readBack(() -> disc(vm, newLabel)) : BrainCalls.parse(answer, url, DISC);
    }

    /** An empty answer is followed by a read through the non-nested paths, as the disc left {@code vm}. */
    @Override
    public Disc moveDisc(VmRef vm, String disc, long targetVmId) {
        HttpUrl url = urls.vm(vm, "discs", disc).build();
        Answer answer = calls.write("PUT", url, JsonBodies.object("virtual_machine_id", targetVmId));
        if (!answer.emptyBody()) {
            return BrainCalls.parse(answer, url, DISC);
        }
        if (disc.chars().allMatch(Character::isDigit)) {
            return BrainCalls.readBack(() -> discById(Long.parseLong(disc)));
        }
        return BrainCalls.readBack(() -> discsOfVm(targetVmId).stream()
                .filter(d -> disc.equals(d.label())).findFirst()
                .orElseThrow(() -> new NotFoundException("The moved disc " + disc + " was not found on its new server")));
    }

    @Override
    public void purgeDisc(VmRef vm, String disc) {
        // purge=true always: without it the real service answers 500 and deletes nothing.
        calls.write("DELETE", urls.vm(vm, "discs", disc).addQueryParameter("purge", "true").build(), null);
    }

    @Override
    public List<Disc> allDiscs() {
        return calls.get(urls.path("discs").build(), DISCS);
    }

    @Override
    public List<Disc> discsOfVm(long vmId) {
        return calls.get(urls.path("discs").addQueryParameter("vm_id", Long.toString(vmId)).build(), DISCS);
    }

    @Override
    public Disc discById(long id) {
        return calls.get(urls.path("discs", Long.toString(id)).build(), DISC);
    }

    @Override
    public void purgeDiscById(long id) {
        calls.write("DELETE", urls.path("discs", Long.toString(id)).addQueryParameter("purge", "true").build(), null);
    }

    /** Sent without a token: definitions are public, so the token has no reason to travel. */
    @Override
    public Definitions definitions() {
        ApiCall call = ApiCall.of("GET", urls.path("definitions").build(), null, null);
        List<Definition> raw = JsonBodies.read(calls.anonymous(call), call.hostLabel(),
                JsonBodies.listOf(Definition.class));
        return Definitions.from(raw);
    }

    @Override
    public List<Backup> backups(VmRef vm, String disc) {
        return backups.list(vm, disc);
    }

    @Override
    public Backup takeBackup(VmRef vm, String disc) {
        return backups.take(vm, disc);
    }

    @Override
    public Backup restoreBackup(VmRef vm, String disc, String backup) {
        return backups.restore(vm, disc, backup);
    }

    @Override
    public void deleteBackup(VmRef vm, String disc, String backup) {
        backups.delete(vm, disc, backup);
    }

    @Override
    public BackupSchedule addBackupSchedule(VmRef vm, String disc, BackupScheduleSpec spec) {
        return backups.addSchedule(vm, disc, spec);
    }

    @Override
    public void removeBackupSchedule(VmRef vm, String disc, long scheduleId) {
        backups.removeSchedule(vm, disc, scheduleId);
    }

    @Override
    public List<Privilege> privileges(String username) {
        return calls.get(urls.path("users", username, "privileges").build(), JsonBodies.listOf(Privilege.class));
    }

    private static HttpUrl overviewOf(HttpUrl.Builder b) {
        return b.addQueryParameter("view", "overview").addQueryParameter("include_deleted", "true").build();
    }

    private void power(VmRef vm, boolean powerOn, boolean autorebootOn) {
        calls.write("PUT", urls.vm(vm).build(), JsonBodies.object("power_on", powerOn, "autoreboot_on", autorebootOn));
    }
}
