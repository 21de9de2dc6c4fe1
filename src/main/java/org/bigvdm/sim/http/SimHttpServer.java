package org.bigvdm.sim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bigvdm.sim.fault.Fault;
import org.bigvdm.sim.state.SimError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loopback HTTP server: reads each request within limits ({@link ServerLimits}: whole
 * request in a few seconds, bodies up to 64 KiB, a brain path's token checked before its body
 * is read), applies injected faults (never to {@code /_sim/} control requests), routes it and
 * writes the answer.
 */
public final class SimHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimHttpServer.class);
    private static final byte[] MALFORMED = "{\"id\": 1, \"label\": \"trunc".getBytes(StandardCharsets.UTF_8);

    static {
        ServerLimits.applyOnce(); // before the first HttpServer: the JDK reads them once
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
        this.pool = ServerLimits.handlerPool();
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
        String rawPath = exchange.getRequestURI().getRawPath();
        if (rawPath != null && !rawPath.startsWith("/" + ControlHandler.PREFIX + "/")) {
            ctx.requests().record(exchange.getRequestMethod(), rawPath);
        }
        SimRequest req;
        try {
            req = readWithinLimits(exchange);
        } catch (IOException e) {
            LOG.debug("Client went away: {}", e.toString());
            exchange.close();
            return;
        }
        if (req == null) {
            return; // refused and answered
        }
        LOG.trace("{} {}", req.method(), req.safePath());
        if (req.first().equals(ControlHandler.PREFIX)) {
            complete(exchange, req, Fault.NONE, control::handle);
            return;
        }
        Fault fault = ctx.faults().next();
        if (fault instanceof Fault.Hang hang) {
            later(hang.delayMs(), exchange, exchange::close); // never handled, never answered
            return;
        }
        if (fault instanceof Fault.Slow slow) {
            SimResponse response = answer(req, router::route); // the change is made now...
            later(slow.delayMs(), exchange, () -> {              // ...and told late
                try (exchange) {
                    send(exchange, response);
                } catch (IOException e) {
                    LOG.debug("Client went away: {}", e.toString());
                }
            });
            return;
        }
        long latency = ctx.faults().latencyMs();
        if (latency <= 0) {
            complete(exchange, req, fault, router::route);
            return;
        }
        // Latency without holding a pool thread: the answer is finished later, on the pool.
        later(latency, exchange, () -> complete(exchange, req, fault, router::route));
    }

    /**
     * Runs {@code work} on the pool after {@code delayMs}, holding no pool thread meanwhile; when
     * the server is shutting down by then, only closes {@code exchange}.
     */
    private void later(long delayMs, HttpExchange exchange, Runnable work) {
        ctx.timer().schedule(() -> {
            try {
                pool.execute(work);
            } catch (RejectedExecutionException e) {
                exchange.close(); // shutting down
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /**
     * The request with its body, or null when it was refused (and answered, connection closed)
     * from its headers: a path that does not decode, a control request from outside, a declared
     * body over the limit, a brain path without a live token; or a body that grew past the limit.
     */
    private SimRequest readWithinLimits(HttpExchange exchange) throws IOException {
        var uri = exchange.getRequestURI();
        var headers = exchange.getRequestHeaders();
        SimRequest head;
        try {
            head = SimRequest.parse(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), new byte[0],
                    headers.getFirst("Authorization"));
        } catch (IllegalArgumentException e) {
            refuse(exchange, SimResponse.error(400, "the path is not valid percent-encoding"));
            return null;
        }
        Optional<SimResponse> refusal;
        if (head.first().equals(ControlHandler.PREFIX)) {
            refusal = ControlHandler.refusal(exchange.getRemoteAddress().getAddress().isLoopbackAddress(),
                    headers.getFirst("Host"), headers.getFirst("Origin"));
        } else {
            refusal = Optional.empty();
        }
        if (refusal.isEmpty() && BodyLimit.declaredTooLarge(headers.getFirst("Content-Length"), ServerLimits.MAX_BODY_BYTES)) {
            refusal = Optional.of(tooLarge());
        }
        refusal = refusal.or(() -> router.refusalBeforeBody(head));
        if (refusal.isPresent()) {
            refuse(exchange, refusal.get());
            return null;
        }
        try (InputStream in = exchange.getRequestBody()) {
            return head.withBody(BodyLimit.read(in, ServerLimits.MAX_BODY_BYTES));
        } catch (BodyLimit.TooLarge e) {
            refuse(exchange, tooLarge());
            return null;
        }
    }

    private static SimResponse tooLarge() {
        return SimResponse.error(413, "request body larger than " + ServerLimits.MAX_BODY_BYTES + " bytes");
    }

    /** Answers without reading (the rest of) the body, and closes the connection: what is left unread is not a request. */
    private static void refuse(HttpExchange exchange, SimResponse response) {
        try (exchange) {
            exchange.getResponseHeaders().set("Connection", "close");
            send(exchange, response);
        } catch (IOException e) {
            LOG.debug("Client went away: {}", e.toString());
        }
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
            if (fault instanceof Fault.Empty && response.status() / 100 == 2) {
                int status = response.status() == 204 ? 200 : response.status();
                response = new SimResponse(status, null, new byte[0]);
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
