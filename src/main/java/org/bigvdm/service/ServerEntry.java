package org.bigvdm.service;

import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;

/** A server together with where it lives, so views never have to search the tree for it. */
public record ServerEntry(Account account, Group group, VirtualMachine vm) {

    /** How the API addresses this server: by names, which are unique within their parent. */
    public VmRef ref() {
        return new VmRef(account.name(), group.name(), vm.name());
    }

    /** Stable key for selection and tree reconciliation. */
    public String key() {
        return NodeKeys.server(account.id(), group.id(), vm.id());
    }
}
