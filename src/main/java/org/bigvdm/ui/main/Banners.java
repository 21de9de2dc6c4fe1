package org.bigvdm.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The full-width strips under the toolbar: demo mode, the bytemark tool's session, the last error. */
final class Banners {
    private Banners() {
    }

    /** Says the estate is simulated and offers the way out: signing in. */
    static Node demo(MainViewModel vm) {
        Label text = new Label("Demo data: you are exploring a simulated estate. Nothing here touches real servers.");
        return banner("demoBanner", "banner-info", MaterialDesignI.INFORMATION_OUTLINE, text,
                button("Sign in…", "demoSignInButton", vm::signIn), vm.demoModeProperty());
    }

    /** Says the app follows the bytemark tool's saved session, and offers the demo instead. */
    static Node bytemarkTool(MainViewModel vm) {
        Label text = new Label();
        text.textProperty().bind(vm.bytemarkToolTextProperty());
        return banner("bytemarkToolBanner", "banner-info", MaterialDesignI.INFORMATION_OUTLINE, text,
                button("Try the demo", "toolBannerDemoButton", vm::tryDemo), vm.bytemarkToolSessionProperty());
    }

    /** Shows what went wrong while there is an error; Retry refreshes. */
    static Node error(MainViewModel vm) {
        Label text = new Label();
        text.setId("errorBannerText");
        text.textProperty().bind(vm.errorTextProperty());
        return banner("errorBanner", "banner-danger", MaterialDesignA.ALERT_CIRCLE_OUTLINE, text,
                button("Retry", null, vm::refresh), vm.errorTextProperty().isNotEmpty());
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Icon, words, one action; shown while {@code when} holds and takes no room otherwise. */
    private static Node banner(String id, String style, Ikon icon, Label text, Button action,
                               ObservableBooleanValue when) {
        text.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon(icon), text, spacer, action);
        banner.setId(id);
        banner.getStyleClass().addAll("banner", style);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.visibleProperty().bind(when);
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
