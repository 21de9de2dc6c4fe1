package org.bigvdm.ui.dialogs;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.form.FieldState;

/**
 * Grows a disc. Accepts a new total ("50") or an increase ("+25") in the chosen unit; always
 * sends the new total in MiB, as the API wants.
 */
public final class ResizeDiscViewModel extends DiscDialogViewModel<Disc> {
    public static final String FILESYSTEM_NOTE =
            "Afterwards, grow the partition and filesystem inside the server to use the new space.";
    public static final String RUNNING_NOTE =
            "The server is running: the guest sees the new size after a restart.";

    private final Disc disc;
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<SizeUnit> unit = new SimpleObjectProperty<>(SizeUnit.GIB);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final FieldState sizeField;

    public ResizeDiscViewModel(ChangeService changes, ServerContext server, Disc disc) {
        super(changes, server);
        this.disc = disc;
        sizeField = field("size", () -> newSize().problemText(), size, unit);
        size.addListener(o -> updateSummary());
        unit.addListener(o -> updateSummary());
    }

    /** The new total in MiB, or what is wrong with the input. */
    public SizeInput.Parsed newSize() {
        String text = size.get() == null ? "" : size.get().strip();
        boolean increase = text.startsWith("+");
        SizeInput.Parsed amount = SizeInput.amount(increase ? text.substring(1) : text, unit.get());
        if (!amount.isValid()) {
            return amount;
        }
        long total = increase ? saturatedAdd(disc.size(), amount.mib()) : amount.mib();
        if (total <= disc.size()) {
            return new SizeInput.Parsed(-1, "Size must be more than the current "
                    + SizeFormat.mib(disc.size()) + ": discs can only grow");
        }
        return SizeInput.checkLimits(total);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }

    private void updateSummary() {
        SizeInput.Parsed p = newSize();
        summary.set(p.isValid()
                ? "From " + SizeFormat.mib(disc.size()) + " to " + SizeFormat.mib(p.mib())
                + SizeInput.unitNote(size.get()).map(n -> " (" + n + ")").orElse("") : "");
    }

    @Override
    protected ChangeRequest<Disc> request() {
        return DiscChanges.resize(server.target(), disc, newSize().mib());
    }

    @Override
    protected Optional<Truth> truthAfter(Optional<VirtualMachine> now) {
        long asked = newSize().isValid() ? newSize().mib() : -1;
        return discById(now, disc.id()).map(d -> d.size() == disc.size()
                ? new Truth(false, "Nothing changed: the disc is still " + SizeFormat.mib(d.size()) + ".")
                : new Truth(true, "The disc is now " + SizeFormat.mib(d.size())
                        + (d.size() == asked ? ": the resize went through." : ".")));
    }

    public Disc disc() {
        return disc;
    }

    /** "25 GiB": shown above the input. */
    public String currentSize() {
        return SizeFormat.mib(disc.size());
    }

    /** "From 25 GiB to 50 GiB" while the input is valid, else "". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The filesystem note, plus the restart note for a running server. */
    public String notes() {
        return server.powerOn() ? FILESYSTEM_NOTE + "\n" + RUNNING_NOTE : FILESYSTEM_NOTE;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<SizeUnit> unitProperty() {
        return unit;
    }

    public FieldState sizeField() {
        return sizeField;
    }
}
