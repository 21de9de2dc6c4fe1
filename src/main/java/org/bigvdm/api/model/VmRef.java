package org.bigvdm.api.model;

import java.util.Objects;

/**
 * Where a server lives in the URL space: account, group and server, each a name or an id.
 * The client percent-encodes each part.
 */
public record VmRef(String account, String group, String vm) {
    public VmRef {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(vm, "vm");
    }

    @Override
    public String toString() {
        return vm + "." + group + "." + account;
    }
}
