package org.bigvdm.ui.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.dialogs.SizeInput;
import org.bigvdm.ui.dialogs.SizeUnit;
import org.bigvdm.ui.discs.DiscRow;

/**
 * Grows several discs at once, by "+N" or to "N" in the chosen unit. The preview says for each
 * disc its size now and after, and why not where it may not grow (a deleted or read-only server,
 * already that big, past 2 TiB).
 */
public final class BulkGrowViewModel extends BulkRunViewModel {
    private final List<DiscRow> discs;
    private final AccessRights access;
    private final Definitions definitions;
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<SizeUnit> unit = new SimpleObjectProperty<>(SizeUnit.GIB);

    public BulkGrowViewModel(BulkSender sender, AccessRights access, Definitions definitions, List<DiscRow> discs) {
        super(sender, "grow");
        this.discs = List.copyOf(discs);
        this.access = access;
        this.definitions = definitions;
        size.addListener(o -> update());
        unit.addListener(o -> update());
        update();
    }

    /** "+10" grows each disc by 10; "50" grows each to 50 (in {@link #unitProperty()}). */
    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<SizeUnit> unitProperty() {
        return unit;
    }

    private void update() {
        String text = size.get() == null ? "" : size.get().strip();
        boolean increase = text.startsWith("+");
        SizeInput.Parsed amount = SizeInput.amount(increase ? text.substring(1) : text, unit.get());
        inputProblem(amount.isValid() ? "" : amount.problem());
        List<BulkRow> rows = new ArrayList<>();
        for (DiscRow r : discs) {
            Disc d = r.disc();
            long target = !amount.isValid() ? -1 : increase ? saturatedAdd(d.size(), amount.mib()) : amount.mib();
            rows.add(row(r, target));
        }
        preview(rows);
    }

    private BulkRow row(DiscRow r, long target) {
        Disc d = r.disc();
        String now = SizeFormat.mib(d.size());
        String after = target < 0 ? "–" : SizeFormat.mib(target);
        Optional<String> why = ServerContext.of(r.server(), access, definitions).whyDiscsCannotChange();
        if (why.isEmpty() && target >= 0) {
            if (target <= d.size()) {
                why = Optional.of("already " + now + ": discs only grow");
            } else if (target > DiscRules.MAX_SIZE_MIB) {
                why = Optional.of("would be " + after + ": the most is " + SizeFormat.mib(DiscRules.MAX_SIZE_MIB));
            }
        }
        if (target < 0 && why.isEmpty()) {
            why = Optional.of("enter a size");
        }
        if (why.isPresent()) {
            return BulkRow.refused(r.label(), r.serverName(), now, after, why.get());
        }
        return BulkRow.allowed(r.label(), r.serverName(), now, after,
                DiscChanges.resize(ServerTarget.of(r.server()), d, target), f -> sizeAfter(f, d.id(), target));
    }

    /** After a lost answer: the disc's size as read again tells whether the resize was made. */
    static String sizeAfter(FinishedChange finished, long discId, long target) {
        for (VirtualMachine vm : finished.reread()) {
            for (Disc d : vm.discs()) {
                if (d.id() == discId) {
                    return "now " + SizeFormat.mib(d.size()) + (d.size() >= target ? ": it was made" : ": it was not made");
                }
            }
        }
        return null;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }
}
