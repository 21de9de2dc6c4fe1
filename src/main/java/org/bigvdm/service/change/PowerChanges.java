package org.bigvdm.service.change;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.ServerEntry;

/**
 * The power changes and undelete, each as a {@link ChangeRequest}: the record of what is asked
 * (under the API's field names, with the server's power as last read in {@code before}) and the
 * one call that asks exactly that. The service answers these with no body, so each request's
 * answer is the server it was addressed to; the change service reads the server again after it.
 * The waiting a shutdown needs is {@link ServerPower}'s: these only send.
 */
public final class PowerChanges {
    private PowerChanges() {
    }

    /** {@link ChangeKind#START_SERVER}: one PUT, power and autoreboot on. */
    public static ChangeRequest<ServerTarget> start(ServerEntry server) {
        return request(ChangeKind.START_SERVER, server, power(true, true), "Starting ",
                (api, ref) -> api.start(ref));
    }

    /**
     * {@link ChangeKind#SHUTDOWN_SERVER}: autoreboot off, then the powerdown signal. The server
     * is still on when this ends; {@link ServerPower#shutDown} waits for it.
     */
    public static ChangeRequest<ServerTarget> shutdown(ServerEntry server) {
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("autoreboot_on", false);
        asked.put("signal", "powerdown");
        return request(ChangeKind.SHUTDOWN_SERVER, server, asked, "Shutting down ",
                (api, ref) -> api.signalPowerdown(ref));
    }

    /** {@link ChangeKind#STOP_SERVER}: the hard stop, like pulling the plug. One PUT. */
    public static ChangeRequest<ServerTarget> stop(ServerEntry server) {
        return request(ChangeKind.STOP_SERVER, server, power(false, false), "Stopping ",
                (api, ref) -> api.stop(ref));
    }

    /**
     * {@link ChangeKind#RESTART_SERVER}: the start after a clean shutdown was seen to finish,
     * which is what applies disc changes. The same PUT as {@link #start}.
     */
    public static ChangeRequest<ServerTarget> startAfterShutdown(ServerEntry server) {
        return request(ChangeKind.RESTART_SERVER, server, power(true, true), "Starting ",
                (api, ref) -> api.start(ref));
    }

    /** {@link ChangeKind#RESET_SERVER}: the reset signal. Disc changes are not applied by it. */
    public static ChangeRequest<ServerTarget> reset(ServerEntry server) {
        return request(ChangeKind.RESET_SERVER, server, Map.of("signal", "reset"), "Resetting ",
                (api, ref) -> api.signalReset(ref));
    }

    /** {@link ChangeKind#UNDELETE_SERVER}: one PUT; the server comes back powered off. */
    public static ChangeRequest<ServerTarget> undelete(ServerEntry server) {
        return new ChangeRequest<>(new Change(ChangeKind.UNDELETE_SERVER, ServerTarget.of(server), null, null,
                Map.of("deleted", false), Map.of("deleted", server.vm().deleted())),
                "Undeleting " + server.vm().name(), api -> {
                    api.undelete(server.ref());
                    return ServerTarget.of(server);
                });
    }

    /** What a power request sends to the brain, given the server's address. */
    @FunctionalInterface
    private interface PowerCall {
        void send(BrainApi api, VmRef ref) throws Exception;
    }

    private static ChangeRequest<ServerTarget> request(ChangeKind kind, ServerEntry server, Map<String, Object> asked,
                                                       String verb, PowerCall call) {
        ServerTarget target = ServerTarget.of(server);
        VirtualMachine vm = server.vm();
        Change change = new Change(kind, target, null, null, asked, power(vm.powerOn(), vm.autorebootOn()));
        return new ChangeRequest<>(change, verb + vm.name(), api -> {
            call.send(api, target.ref());
            return target;
        });
    }

    private static Map<String, Object> power(boolean on, boolean autoreboot) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("power_on", on);
        fields.put("autoreboot_on", autoreboot);
        return fields;
    }
}
