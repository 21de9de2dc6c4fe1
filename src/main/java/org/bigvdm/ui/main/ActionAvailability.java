package org.bigvdm.ui.main;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.bigvdm.ui.tree.ServerTreeViewModel;

/**
 * Which server the disc actions apply to, and in words why an action cannot apply now (null
 * when it can). Buttons, menu items and their tooltips all follow these bindings.
 */
final class ActionAvailability {
    private final ObjectBinding<ServerEntry> selectedServer;
    private final StringBinding whyNoAdd;
    private final StringBinding whyNoDiscAction;

    ActionAvailability(EstateService estate, AccessRights access, ServerTreeViewModel tree, DiscTableViewModel table) {
        Supplier<Definitions> definitions = () -> estate.definitionsProperty().get();
        selectedServer = Bindings.createObjectBinding(() -> {
            DiscRow row = table.selectedRowProperty().get();
            return estate.estate().serverAt(tree.selectedKeyProperty().get()).orElse(row == null ? null : row.server());
        }, tree.selectedKeyProperty(), estate.estateProperty(), table.selectedRowProperty());
        whyNoAdd = Bindings.createStringBinding(() -> {
            ServerEntry server = selectedServer.get();
            return server == null ? "Select a server first"
                    : ServerContext.of(server, access, definitions.get()).whyCannotAddDisc().orElse(null);
        }, selectedServer, access.changes());
        whyNoDiscAction = Bindings.createStringBinding(() -> {
            DiscRow row = table.selectedRowProperty().get();
            return row == null ? "Select a disc first"
                    : ServerContext.of(row.server(), access, definitions.get()).whyDiscsCannotChange().orElse(null);
        }, table.selectedRowProperty(), access.changes());
    }

    /** The selected server, or the selected disc's server. */
    ObjectBinding<ServerEntry> selectedServer() {
        return selectedServer;
    }

    StringBinding whyNoAdd() {
        return whyNoAdd;
    }

    StringBinding whyNoDiscAction() {
        return whyNoDiscAction;
    }
}
