package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.thrown;

import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Injected failures against the real client: each maps to its typed exception with the right
 * {@code outcomeUnknown()}, reads are retried once after a dropped connection, and writes are
 * never re-sent (the simulator's estate proves it).
 */
class FaultsContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final DiscSpec BACKUPS = new DiscSpec("backups", 10240, "archive");

    private final Contract c = new Contract(SIM);

    private long discsNamed(String label) {
        return c.stateDiscs(WWW1).stream().filter(d -> label.equals(d.label())).count();
    }

    private Object faultsLeft(String key) {
        return c.faults().describe().get(key);
    }

    @Test
    void an500OnAWriteIsAServerErrorWithUnknownOutcome() {
        c.faults().failNext(1, 500);
        ServerErrorException e = thrown(ServerErrorException.class, () -> c.brain().createDisc(WWW1, BACKUPS));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).startsWith("The service failed (500 from 127.0.0.1:").endsWith("Injected fault: 500");
        assertThat(discsNamed("backups")).as("a failed request is not handled").isZero();
    }

    @Test
    void a503IsUnavailableAndNothingWasDone() {
        c.faults().failNext(1, 503);
        UnavailableException e = thrown(UnavailableException.class, () -> c.brain().resizeDisc(WWW1, "uploads", 204800));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(c.requireStateDisc(WWW1, "uploads").size()).isEqualTo(102400);
    }

    /** Only dropped connections are retried: a 5xx on a read comes straight back. */
    @Test
    void aFailedReadIsNotRetried() {
        c.faults().failNext(1, 503);
        thrown(UnavailableException.class, () -> c.brain().discs(WWW1));
        assertThat(c.brain().discs(WWW1)).isEqualTo(c.stateDiscs(WWW1));
        c.faults().failNext(1, 502);
        ServerErrorException e = thrown(ServerErrorException.class, () -> c.brain().overview());
        assertThat(e.status()).isEqualTo(502);
    }

    /** A lost answer to a POST must never be re-sent: it could create the disc twice. */
    @Test
    void aDroppedPostIsNotResent() {
        c.faults().dropNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().createDisc(WWW1, BACKUPS));
        assertThat(e.kind()).isEqualTo(NetworkException.Kind.RESET);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("dropped");

        assertThat(discsNamed("backups")).as("created at most once (a dropped request is not handled)").isZero();
        assertThat(c.stateDiscs(WWW1)).hasSize(2);
        // Sending it again is the caller's decision, and it then happens exactly once.
        c.brain().createDisc(WWW1, BACKUPS);
        assertThat(discsNamed("backups")).isEqualTo(1);
    }

    @Test
    void droppedPutAndDeleteAreNotResent() {
        c.faults().dropNext(1);
        thrown(NetworkException.class, () -> c.brain().resizeDisc(WWW1, "uploads", 204800));
        assertThat(c.requireStateDisc(WWW1, "uploads").size()).isEqualTo(102400);
        assertThat(faultsLeft("drop_next")).isEqualTo(0);

        c.faults().dropNext(1);
        thrown(NetworkException.class, () -> c.brain().purgeDisc(WWW1, "uploads"));
        assertThat(discsNamed("uploads")).isEqualTo(1);

        c.faults().dropNext(1);
        thrown(NetworkException.class, () -> c.brain().start(Contract.BUILD));
        assertThat(c.state().vm(c.id(Contract.BUILD)).powerOn()).isFalse();
    }

    @Test
    void aDroppedGetIsRetriedOnceAndSucceeds() {
        c.faults().dropNext(1);
        assertThat(c.brain().overview()).isEqualTo(c.state().accounts(true, true));
        assertThat(faultsLeft("drop_next")).isEqualTo(0);
    }

    @Test
    void aGetDroppedTwiceFailsAfterOneRetry() {
        c.faults().dropNext(3);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().discs(WWW1));
        assertThat(e.kind()).isEqualTo(NetworkException.Kind.RESET);
        assertThat(faultsLeft("drop_next")).as("two tries, not more").isEqualTo(1);
    }

    @Test
    void aMalformedBodyIsAMalformedResponse() {
        c.faults().malformedNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().discs(WWW1));
        assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).endsWith("sent an answer that is not the JSON expected");
        assertThat(faultsLeft("malformed_next")).as("not retried").isEqualTo(0);
    }

    /** The simulator handles a malformed request, like a lost answer: the disc exists, once. */
    @Test
    void aMalformedAnswerToACreateMeansTheOutcomeIsUnknownButItHappenedOnce() {
        c.faults().malformedNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().createDisc(WWW1, BACKUPS));
        assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(discsNamed("backups")).isEqualTo(1);
        Disc backups = c.brain().disc(WWW1, "backups");
        assertThat(backups.size()).isEqualTo(10240);
    }

    /** Any 2xx is success: a DELETE's body is not read, so a garbled one does not matter. */
    @Test
    void aMalformedAnswerToAPurgeIsStillSuccess() {
        c.faults().malformedNext(1);
        c.brain().purgeDisc(WWW1, "uploads");
        assertThat(discsNamed("uploads")).isZero();
    }
}
