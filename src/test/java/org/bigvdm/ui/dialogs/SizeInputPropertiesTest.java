package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.testutil.PropertyCheck;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based: whatever is typed in the size field, a size the dialog accepts is whole MiB,
 * within the limits, and exactly what was typed times the unit (never rounded, never overflowed);
 * and every whole number of MiB within the limits, typed as it is, is accepted.
 */
class SizeInputPropertiesTest {
    private static final Tally TALLY = Tally.of(SizeInputPropertiesTest.class);
    private static final String[] ODD = {"", " ", "1e3", "+5", "-5", "0x10", "1_000", "1,5", "1.", ".5", "١٢", "１２",
        "∞", "NaN", "0", "00001024", "2048.000", "1.0000000000000000000001", "9".repeat(40), "\t1024\n"};

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void anAcceptedSizeIsExactlyWhatWasTypedAndWithinTheLimits() {
        TALLY.add("typed sizes checked", PropertyCheck.forAll("accepted sizes are exact whole MiB within the limits", 3000,
                SizeInputPropertiesTest::typed, typed -> {
                    SizeInput.Parsed p = SizeInput.discSize(typed.text(), typed.unit());
                    if (!p.isValid()) {
                        assertThat(p.problemText()).get().asString().isNotBlank();
                        return;
                    }
                    assertThat(p.mib()).isBetween(DiscRules.MIN_SIZE_MIB, DiscRules.MAX_SIZE_MIB);
                    BigDecimal exact = new BigDecimal(typed.text().strip()).multiply(BigDecimal.valueOf(typed.unit().mib()));
                    assertThat(exact.compareTo(BigDecimal.valueOf(p.mib()))).as("%s %s", typed.text(), typed.unit()).isZero();
                }));
    }

    @Test
    void everySizeWithinTheLimitsCanBeTyped() {
        TALLY.add("sizes within limits typed", PropertyCheck.forAll("a size within the limits, typed in MiB, is taken", 1000,
                r -> r.nextLong(DiscRules.MIN_SIZE_MIB, DiscRules.MAX_SIZE_MIB + 1), mib -> {
                    SizeInput.Parsed p = SizeInput.discSize(Long.toString(mib), SizeUnit.MIB);
                    assertThat(p.isValid()).isTrue();
                    assertThat(p.mib()).isEqualTo(mib);
                }));
    }

    private record Typed(String text, SizeUnit unit) {
        @Override
        public String toString() {
            return "\"" + text + "\" " + unit;
        }
    }

    private static Typed typed(SplittableRandom r) {
        SizeUnit unit = SizeUnit.values()[r.nextInt(SizeUnit.values().length)];
        String text = switch (r.nextInt(4)) {
            case 0 -> ODD[r.nextInt(ODD.length)];
            case 1 -> Long.toString(r.nextLong(0, 3_000_000));
            case 2 -> r.nextInt(3000) + "." + digits(r, 1 + r.nextInt(12));
            default -> digits(r, 1 + r.nextInt(25));
        };
        return new Typed(text, unit);
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }
}
