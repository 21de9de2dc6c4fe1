package org.bigvdm.sim.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit and no further, so a 50 MB upload (declared or streamed in
 * chunks) costs at most the limit in memory before it is refused.
 */
final class BodyLimit {
    private BodyLimit() {
    }

    /** The body is longer than the limit; nothing more of it was read. */
    static final class TooLarge extends IOException {
        TooLarge(int limit) {
            super("request body over " + limit + " bytes");
        }
    }

    /** True when a Content-Length header already says the body is too large. */
    static boolean declaredTooLarge(String contentLength, int limit) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the JDK server answers a malformed length itself
        }
    }

    static byte[] read(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += n;
            if (total > limit) {
                throw new TooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
