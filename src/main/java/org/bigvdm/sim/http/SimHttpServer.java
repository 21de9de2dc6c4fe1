package org.bigvdm.sim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bigvdm.sim.fault.Fault;
import org.bigvdm.sim.state.SimError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loopback HTTP server: parses each exchange, applies injected faults (never to
 * {@code /_sim/} control requests), routes it and writes the answer. Handler threads come from
 * a small fixed pool.
 */
public final class SimHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimHttpServer.class);
    private static final byte[] MALFORMED = "{\"id\": 1, \"label\": \"trunc".getBytes(StandardCharsets.UTF_8);
    private static final int THREADS = 16;

    static {
        // The JDK server flushes headers and body in separate writes; without TCP_NODELAY each
        // answer waits ~40 ms on loopback for a delayed ACK. Read once, when the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SimContext ctx;
    private final Router router;
    private final ControlHandler control;
    private final HttpServer server;
    private final ExecutorService pool;

    public SimHttpServer(SimContext ctx, int port) throws IOException {
        this.ctx = ctx;
        this.router = new Router(ctx);
        this.control = new ControlHandler(ctx);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        var n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "bigv-sim-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::serve);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) {
        SimRequest req;
        try {
            req = read(exchange);
        } catch (IOException e) {
            LOG.debug("Client went away: {}", e.toString());
            exchange.close();
            return;
        }
        LOG.trace("{} {}", req.method(), req.safePath());
        if (!req.segments().isEmpty() && req.segments().get(0).equals("_sim")) {
            boolean loopback = exchange.getRemoteAddress().getAddress().isLoopbackAddress();
            complete(exchange, req, Fault.NONE, loopback ? control::handle : r -> SimResponse.error(403, "loopback only"));
            return;
        }
        Fault fault = ctx.faults().next();
        long latency = ctx.faults().latencyMs();
        if (latency <= 0) {
            complete(exchange, req, fault, router::route);
            return;
        }
        // Latency without holding a pool thread: the answer is finished later, on the pool.
        ctx.timer().schedule(() -> {
            try {
                pool.execute(() -> complete(exchange, req, fault, router::route));
            } catch (RejectedExecutionException e) {
                exchange.close(); // shutting down
            }
        }, latency, TimeUnit.MILLISECONDS);
    }

    /** Answers one request, with its fault applied; always closes the exchange. */
    private static void complete(HttpExchange exchange, SimRequest req, Fault fault,
                                 Function<SimRequest, SimResponse> handler) {
        try (exchange) {
            if (fault instanceof Fault.Drop) {
                return; // closing an exchange that sent no headers closes the connection unanswered
            }
            if (fault instanceof Fault.Fail fail) {
                send(exchange, SimResponse.text(fail.status(), "Injected fault: " + fail.status()));
                return;
            }
            SimResponse response = answer(req, handler);
            if (fault instanceof Fault.Malformed) {
                int status = response.status() == 204 ? 200 : response.status();
                response = new SimResponse(status, SimResponse.JSON, MALFORMED);
            }
            send(exchange, response);
        } catch (IOException e) {
            LOG.debug("Client went away: {}", e.toString());
        }
    }

    private static SimResponse answer(SimRequest req, Function<SimRequest, SimResponse> handler) {
        try {
            return handler.apply(req);
        } catch (SimError e) {
            return e.body() instanceof String text ? SimResponse.text(e.status(), text)
                    : SimResponse.json(e.status(), e.body());
        } catch (RuntimeException e) {
            LOG.warn("Simulator failed on {} {}", req.method(), req.safePath(), e);
            return SimResponse.text(500, "Internal simulator error");
        }
    }

    private static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var uri = exchange.getRequestURI();
        return SimRequest.parse(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), body,
                exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static void send(HttpExchange exchange, SimResponse response) throws IOException {
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
