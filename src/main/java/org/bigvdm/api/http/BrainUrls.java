package org.bigvdm.api.http;

import java.net.URI;
import okhttp3.HttpUrl;
import org.bigvdm.api.model.VmRef;

/**
 * Builds brain URLs segment by segment, so names are percent-encoded and can never add, drop or
 * climb out of a path level (an empty, "." or ".." segment is refused: OkHttp would resolve
 * ".." and turn a disc purge into a request on the server itself).
 */
final class BrainUrls {
    private final HttpUrl base;

    BrainUrls(URI brain) {
        this.base = HttpUrl.get(brain);
    }

    HttpUrl.Builder path(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(checked(s));
        }
        return b;
    }

    HttpUrl.Builder vm(VmRef vm, String... more) {
        HttpUrl.Builder b = path("accounts", vm.account(), "groups", vm.group(), "virtual_machines", vm.vm());
        for (String s : more) {
            b.addPathSegment(checked(s));
        }
        return b;
    }

    static String checked(String segment) {
        if (segment == null || segment.isBlank() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("Not a usable name or id in an address: '" + segment + "'");
        }
        return segment;
    }
}
