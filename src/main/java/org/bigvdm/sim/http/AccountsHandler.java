package org.bigvdm.sim.http;

import java.util.List;
import org.bigvdm.sim.state.SimState;

/**
 * Accounts and groups: {@code /accounts}, {@code /accounts/{a}}, {@code /accounts/{a}/groups},
 * {@code /accounts/{a}/groups/{g}} and the servers of a group. Deleted servers appear only with
 * {@code include_deleted=true}. Everything deeper is a server, handed to {@link VmsHandler}.
 */
final class AccountsHandler {
    private final SimState state;
    private final VmsHandler vms;

    AccountsHandler(SimState state, VmsHandler vms) {
        this.state = state;
        this.vms = vms;
    }

    SimResponse handle(SimRequest req) {
        List<String> s = req.segments();
        boolean overview = "overview".equals(req.query().get("view"));
        boolean deleted = req.flag("include_deleted");
        if (s.size() >= 6 && s.get(2).equals("groups") && s.get(4).equals("virtual_machines")) {
            long vmId = state.vmId(s.get(1), s.get(3), s.get(5));
            return vms.handle(req, vmId, req.rest(6));
        }
        if (!req.is("GET")) {
            return s.size() <= 5 ? SimResponse.methodNotAllowed() : SimResponse.notFound();
        }
        return switch (s.size()) {
            case 1 -> SimResponse.ok(state.accounts(overview, deleted));
            case 2 -> SimResponse.ok(state.account(s.get(1), overview, deleted));
            case 3 -> s.get(2).equals("groups") ? SimResponse.ok(state.groups(s.get(1))) : SimResponse.notFound();
            case 4 -> s.get(2).equals("groups")
                    ? SimResponse.ok(state.group(s.get(1), s.get(3), overview, deleted)) : SimResponse.notFound();
            case 5 -> s.get(2).equals("groups") && s.get(4).equals("virtual_machines")
                    ? SimResponse.ok(state.vmsOfGroup(s.get(1), s.get(3), deleted)) : SimResponse.notFound();
            default -> SimResponse.notFound();
        };
    }
}
