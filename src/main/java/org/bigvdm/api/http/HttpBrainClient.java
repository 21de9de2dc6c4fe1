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
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnconfirmedWriteException;
import org.bigvdm.api.model.Account;
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
 * {@link #createDisc} for the one case where that is a best guess. Should that read fail, an
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

    private final Transport transport;
    private final BrainUrls urls;
    private final TokenSource tokens;

    public HttpBrainClient(ClientConfig config, TokenSource tokens) {
        this(HttpClients.create(config), config, tokens);
    }

    /** Shares {@code base}'s connection pool and threads (e.g. with the auth client). */
    public HttpBrainClient(OkHttpClient base, ClientConfig config, TokenSource tokens) {
        this.transport = new Transport(HttpClients.derive(base, config), config.userAgent());
        this.urls = new BrainUrls(config.endpoints().brain());
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public List<Account> overview() {
        return get(overviewOf(urls.path("accounts")), JsonBodies.listOf(Account.class));
    }

    @Override
    public Account account(String account) {
        return get(overviewOf(urls.path("accounts", account)), JsonBodies.type(Account.class));
    }

    @Override
    public List<Group> groups(String account) {
        return get(urls.path("accounts", account, "groups").build(), JsonBodies.listOf(Group.class));
    }

    @Override
    public Group group(String account, String group) {
        HttpUrl url = urls.path("accounts", account, "groups", group).addQueryParameter("view", "overview").build();
        return get(url, JsonBodies.type(Group.class));
    }

    @Override
    public List<VirtualMachine> virtualMachines(String account, String group, boolean includeDeleted) {
        HttpUrl.Builder url = urls.path("accounts", account, "groups", group, "virtual_machines");
        if (includeDeleted) {
            url.addQueryParameter("include_deleted", "true");
        }
        return get(url.build(), JsonBodies.listOf(VirtualMachine.class));
    }

    @Override
    public VirtualMachine virtualMachine(VmRef vm) {
        return get(urls.vm(vm).addQueryParameter("view", "overview").build(), JsonBodies.type(VirtualMachine.class));
    }

    @Override
    public VirtualMachine virtualMachine(long id) {
        return get(urls.path("virtual_machines", Long.toString(id)).build(), JsonBodies.type(VirtualMachine.class));
    }

    @Override
    public PowerState powerState(VmRef vm) {
        // The official client's own read of one server: a deleted one answers too.
        HttpUrl url = urls.vm(vm).addQueryParameter("include_deleted", "true")
                .addQueryParameter("view", "overview").build();
        return PowerState.of(get(url, JsonBodies.type(VirtualMachine.class)));
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
        write("PUT", urls.vm(vm).build(), JsonBodies.object("autoreboot_on", false));
        write("POST", urls.vm(vm, "signal").build(), JsonBodies.object("signal", "powerdown"));
    }

    @Override
    public void signalReset(VmRef vm) {
        write("POST", urls.vm(vm, "signal").build(), JsonBodies.object("signal", "reset"));
    }

    @Override
    public void undelete(VmRef vm) {
        write("PUT", urls.vm(vm).build(), JsonBodies.object("deleted", false));
    }

    @Override
    public List<Disc> discs(VmRef vm) {
        return get(urls.vm(vm, "discs").build(), DISCS);
    }

    @Override
    public Disc disc(VmRef vm, String disc) {
        return get(urls.vm(vm, "discs", disc).build(), DISC);
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
        Answer answer = write("POST", url, JsonBodies.write(spec));
        if (!answer.emptyBody()) {
            return parse(answer, url, DISC);
        }
        if (spec.label() != null && !spec.label().isBlank()) {
            return readBack(() -> disc(vm, spec.label()));
        }
        return readBack(() -> discs(vm).stream().max(Comparator.comparingLong(Disc::id))
                .orElseThrow(() -> new NotFoundException("The new disc was not found on " + vm)));
    }

    @Override
    public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) {
        HttpUrl url = urls.vm(vm, "discs", disc).build();
        Answer answer = write("PUT", url, JsonBodies.object("size", newSizeMib));
        return answer.emptyBody() ? readBack(() -> disc(vm, disc)) : parse(answer, url, DISC);
    }

    @Override
    public Disc relabelDisc(VmRef vm, String disc, String newLabel) {
        BrainUrls.checked(newLabel);
        HttpUrl url = urls.vm(vm, "discs", disc).build();
        Answer answer = write("PUT", url, JsonBodies.object("label", newLabel));
        return answer.emptyBody() ? readBack(() -> disc(vm, newLabel)) : parse(answer, url, DISC);
    }

    /** An empty answer is followed by a read through the non-nested paths, as the disc left {@code vm}. */
    @Override
    public Disc moveDisc(VmRef vm, String disc, long targetVmId) {
        HttpUrl url = urls.vm(vm, "discs", disc).build();
        Answer answer = write("PUT", url, JsonBodies.object("virtual_machine_id", targetVmId));
        if (!answer.emptyBody()) {
            return parse(answer, url, DISC);
        }
        if (disc.chars().allMatch(Character::isDigit)) {
            return readBack(() -> discById(Long.parseLong(disc)));
        }
        return readBack(() -> discsOfVm(targetVmId).stream().filter(d -> disc.equals(d.label())).findFirst()
                .orElseThrow(() -> new NotFoundException("The moved disc " + disc + " was not found on its new server")));
    }

    @Override
    public void purgeDisc(VmRef vm, String disc) {
        // purge=true always: without it the real service answers 500 and deletes nothing.
        write("DELETE", urls.vm(vm, "discs", disc).addQueryParameter("purge", "true").build(), null);
    }

    @Override
    public List<Disc> allDiscs() {
        return get(urls.path("discs").build(), DISCS);
    }

    @Override
    public List<Disc> discsOfVm(long vmId) {
        return get(urls.path("discs").addQueryParameter("vm_id", Long.toString(vmId)).build(), DISCS);
    }

    @Override
    public Disc discById(long id) {
        return get(urls.path("discs", Long.toString(id)).build(), DISC);
    }

    @Override
    public void purgeDiscById(long id) {
        write("DELETE", urls.path("discs", Long.toString(id)).addQueryParameter("purge", "true").build(), null);
    }

    /** Sent without a token: definitions are public, so the token has no reason to travel. */
    @Override
    public Definitions definitions() {
        ApiCall call = ApiCall.of("GET", urls.path("definitions").build(), null, null);
        List<Definition> raw = JsonBodies.read(transport.expectSuccess(call), call.hostLabel(),
                JsonBodies.listOf(Definition.class));
        return Definitions.from(raw);
    }

    @Override
    public List<Privilege> privileges(String username) {
        return get(urls.path("users", username, "privileges").build(), JsonBodies.listOf(Privilege.class));
    }

    private static HttpUrl overviewOf(HttpUrl.Builder b) {
        return b.addQueryParameter("view", "overview").addQueryParameter("include_deleted", "true").build();
    }

    private void power(VmRef vm, boolean powerOn, boolean autorebootOn) {
        write("PUT", urls.vm(vm).build(), JsonBodies.object("power_on", powerOn, "autoreboot_on", autorebootOn));
    }

    private <T> T get(HttpUrl url, JavaType type) {
        ApiCall call = ApiCall.of("GET", url, null, tokens.currentToken());
        return JsonBodies.read(transport.expectSuccess(call), call.hostLabel(), type);
    }

    private Answer write(String method, HttpUrl url, byte[] body) {
        return transport.expectSuccess(ApiCall.of(method, url, body, tokens.currentToken()));
    }

    private static <T> T parse(Answer answer, HttpUrl url, JavaType type) {
        return JsonBodies.read(answer, ApiCall.hostLabel(url), type);
    }

    /**
     * After a 2xx with no body the change happened; if reading it back fails, say exactly that
     * (outcome unknown to the caller) rather than a plain failure that invites a second send.
     */
    private static Disc readBack(java.util.function.Supplier<Disc> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            throw new UnconfirmedWriteException("The change was accepted, but reading it back failed: "
                    + e.getMessage(), e);
        }
    }
}
