package org.bigvdm.sim.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What keeps hostile or broken clients from freezing the simulator (and with it the demo in the
 * app, which runs it in its own JVM). A connection that does not deliver its whole request
 * (request line, headers and body) within {@value #DEFAULT_REQUEST_SECONDS} s is closed by the
 * JDK server, and so is one that sends nothing at all; a request line or header block over
 * {@value #MAX_HEADER_BYTES} bytes is refused. Handler threads are not a fixed pool: a client
 * stalled mid-request holds one until that limit closes it, and a fixed pool of 16 was exactly
 * what sixteen stalled connections used to exhaust.
 *
 * <p>These are the JDK server's own settings ({@code sun.net.httpserver.*}, read once per JVM
 * when the first server is made), so they are set here before the first {@link SimHttpServer}
 * exists, and only where nobody set them already: a test run passes shorter ones on the command
 * line (see the surefire configuration).
 */
final class ServerLimits {
    /** Bodies larger than this are answered 413 before anything reads or parses them. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int DEFAULT_REQUEST_SECONDS = 5;
    /** Connections at once (open, idle or busy); more are closed at accept. */
    static final int MAX_CONNECTIONS = 400;
    /** One thread per connection at most, plus a few for answers delayed by injected latency. */
    private static final int MAX_THREADS = MAX_CONNECTIONS + 32;

    private ServerLimits() {
    }

    /** Sets the JDK server's limits unless already set; must run before the first HttpServer is created. */
    static void applyOnce() {
        // Without TCP_NODELAY each answer waits ~40 ms on loopback for a delayed ACK (headers
        // and body go out in separate writes).
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        // Whole request (from its first byte to the end of its body) within this many seconds.
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(DEFAULT_REQUEST_SECONDS));
        // How often that limit is checked (ms).
        setIfAbsent("sun.net.httpserver.timerMillis", "250");
        // How often connections that never sent a byte are checked (ms); they get maxReqTime too.
        setIfAbsent("sun.net.httpserver.clockTick", "1000");
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));
        setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
        // A refused request's unread body is not drained (a client that declared 50 MB and sends
        // nothing would hold the thread until the time limit): the connection is closed at once.
        setIfAbsent("sun.net.httpserver.drainAmount", "0");
    }

    /** Threads made as connections need them and dropped after 30 s unused. */
    static ExecutorService handlerPool() {
        var n = new AtomicInteger();
        return new ThreadPoolExecutor(2, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "bigv-sim-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
