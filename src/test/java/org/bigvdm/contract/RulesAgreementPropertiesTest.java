package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bigvdm.contract.Contract.WWW1;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.LabelGen;
import org.bigvdm.testutil.PropertyCheck;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Property-based: the dialogs (DiscRules in the client) and the simulator agree on every label
 * and size, and an accepted label round-trips: the app's real client creates the disc, finds it
 * by that label in a URL, and purges it by that label. 1,000 generated inputs per rule, each a
 * few real HTTP requests.
 */
class RulesAgreementPropertiesTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final Tally TALLY = Tally.of(RulesAgreementPropertiesTest.class);
    private static final String REQUESTS = "HTTP requests to the simulator";
    private final Contract c = new Contract(SIM);

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void everyLabelTheRulesAcceptRoundTripsAndEveryOtherIsRefusedAlike() {
        List<String> existing = c.stateDiscs(WWW1).stream().map(Disc::label).toList();
        int tries = PropertyCheck.forAll("client and simulator agree on labels; accepted ones round-trip", 1000,
                LabelGen::sendable, PropertyCheck::shrinkString, label -> {
                    cleanUpAfterAFailedTry(existing);
                    if (label.isEmpty()) {
                        return; // the service names it: not a label rule
                    }
                    Optional<String> problem = DiscRules.labelProblem(label, existing);
                    if (problem.isPresent()) {
                        BadRequestException refused = catchThrowableOfType(BadRequestException.class,
                                () -> c.brain().createDisc(WWW1, new DiscSpec(label, 2048, "sata")));
                        assertThat(refused).as("the simulator accepted what the dialog refuses").isNotNull();
                        assertThat(refused.messagesFor("label")).contains(problem.get());
                        TALLY.one("labels refused by both");
                        TALLY.one(REQUESTS);
                        return;
                    }
                    Disc created = c.brain().createDisc(WWW1, new DiscSpec(label, 2048, "sata"));
                    assertThat(created.label()).isEqualTo(Normalizer.normalize(label, Normalizer.Form.NFC));
                    assertThat(c.brain().disc(WWW1, label).id()).isEqualTo(created.id());
                    assertThat(c.brain().disc(WWW1, created.label()).id()).isEqualTo(created.id());
                    c.brain().purgeDisc(WWW1, label);
                    assertThat(c.stateDiscs(WWW1)).extracting(Disc::label).containsExactlyElementsOf(existing);
                    TALLY.one("labels accepted and round-tripped");
                    TALLY.add(REQUESTS, 4);
                });
        TALLY.add("labels tried against the simulator", tries);
    }

    @Test
    void clientAndSimulatorAgreeOnEverySize() {
        int tries = PropertyCheck.forAll("client and simulator agree on sizes, created and resized", 1000,
                RulesAgreementPropertiesTest::sizePair, sizes -> {
                    cleanUpAfterAFailedTry(List.of("vda", "uploads"));
                    long create = sizes[0];
                    long resize = sizes[1];
                    boolean createOk = DiscRules.sizeProblem(create).isEmpty();
                    BadRequestException refused = catchThrowableOfType(BadRequestException.class,
                            () -> c.brain().createDisc(WWW1, new DiscSpec("sized", create, "sata")));
                    assertThat(refused == null).as("create %s", create).isEqualTo(createOk);
                    TALLY.add(REQUESTS, createOk ? 3 : 1);
                    if (!createOk) {
                        assertThat(refused.messagesFor("size")).contains(DiscRules.sizeProblem(create).get());
                        return;
                    }
                    boolean resizeOk = resize >= create && DiscRules.sizeProblem(resize).isEmpty();
                    BadRequestException resizeRefused = catchThrowableOfType(BadRequestException.class,
                            () -> c.brain().resizeDisc(WWW1, "sized", resize));
                    assertThat(resizeRefused == null).as("resize %s to %s", create, resize).isEqualTo(resizeOk);
                    assertThat(c.requireStateDisc(WWW1, "sized").size()).isEqualTo(resizeOk ? resize : create);
                    c.brain().purgeDisc(WWW1, "sized");
                });
        TALLY.add("sizes tried against the simulator", tries);
    }

    /** A try that failed half way leaves its disc: the next try (or a shrink) starts from the seeded estate. */
    private void cleanUpAfterAFailedTry(List<String> seeded) {
        if (!c.stateDiscs(WWW1).stream().map(Disc::label).toList().equals(seeded)) {
            SIM.simulator().reset();
        }
    }

    /** A size to create with and one to resize to, both weighted towards the limits. */
    private static long[] sizePair(SplittableRandom r) {
        long[] edges = {0, -1, 1023, 1024, 1025, 2097151, 2097152, 2097153, Long.MIN_VALUE, Long.MAX_VALUE, 102400};
        long create = r.nextInt(3) == 0 ? edges[r.nextInt(edges.length)] : r.nextLong(-10, 2_200_000);
        long resize = switch (r.nextInt(3)) {
            case 0 -> edges[r.nextInt(edges.length)];
            case 1 -> create + r.nextLong(-5, 5);
            default -> r.nextLong(-10, 2_200_000);
        };
        return new long[] {create, resize};
    }
}
