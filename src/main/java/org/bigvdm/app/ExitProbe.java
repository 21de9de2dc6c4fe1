package org.bigvdm.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.main.MainViewModel;

/**
 * A hidden test hook, {@code -Dbigvdm.exitProbe=DIALOGS[:MS]} (e.g. {@code resize:400} or
 * {@code signin,create,about:600}): once the demo estate shows, selects the first server with
 * discs and its first disc, opens each named dialog in turn ({@code signin}, {@code create},
 * {@code resize}, {@code relabel}, {@code purge}, {@code about}, or {@code #id}: the main
 * window's button with that id, pressed once it is enabled, e.g. {@code #addSchedule} in the
 * Backups pane; the modal ones nest), and
 * {@code MS} milliseconds after all of them show (or after {@value #GIVE_UP_SECONDS} s at most)
 * quits through {@link Platform#exit()}, as File › Quit does. It
 * prints {@code exit-probe: quitting with N dialog(s) open: TITLES} just before. {@code
 * ExitWithDialogsTest} runs the real app with it under Xvfb: the JVM once crashed in GTK when
 * it exited with a dialog open. Nothing in normal use sets it.
 */
final class ExitProbe {
    static final String PROPERTY = "bigvdm.exitProbe";
    private static final long GIVE_UP_SECONDS = 60;
    private static final List<String> DIALOGS = List.of("signin", "create", "resize", "relabel", "purge", "about");

    private final MainViewModel vm;
    private final EstateService estate;
    private final Stage main;
    private final List<String> dialogs;
    private final long quitAfterMs;

    private ExitProbe(MainViewModel vm, EstateService estate, Stage main, List<String> dialogs, long quitAfterMs) {
        this.vm = vm;
        this.estate = estate;
        this.main = main;
        this.dialogs = dialogs;
        this.quitAfterMs = quitAfterMs;
    }

    /** Arms the probe when the property is set; call on the FX thread before the first load. */
    static void armIfAsked(MainViewModel vm, EstateService estate, Stage main) {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            return;
        }
        String[] parts = spec.split(":", 2);
        List<String> dialogs = new ArrayList<>();
        for (String d : parts[0].split(",")) {
            String name = d.trim().startsWith("#") ? d.trim() : d.trim().toLowerCase(Locale.ROOT);
            if (!DIALOGS.contains(name) && !name.startsWith("#")) {
                throw new IllegalArgumentException(PROPERTY + ": no dialog " + name + "; one of " + DIALOGS);
            }
            dialogs.add(name);
        }
        long ms = parts.length > 1 ? Long.parseLong(parts[1].trim()) : 500;
        ExitProbe probe = new ExitProbe(vm, estate, main, dialogs, ms);
        estate.loadedOnceProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                Platform.runLater(probe::openDialogs);
            }
        });
    }

    private void openDialogs() {
        ServerEntry first = estate.estate().servers().stream()
                .filter(s -> !s.vm().deleted() && !s.vm().discs().isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException("exit probe: no server with discs"));
        vm.tree().selectedKeyProperty().set(first.key());
        if (!vm.table().rows().isEmpty()) {
            vm.table().selectedRowProperty().set(vm.table().rows().get(0));
        }
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        quitOnceAllShow(giveUp);
        // each on its own turn: a modal dialog waits in a nested event loop, so the next one opens from inside it
        for (String dialog : dialogs) {
            Platform.runLater(() -> open(dialog));
        }
    }

    /** Presses the main window's button {@code #id} as soon as it is enabled (its pane may still be reading). */
    private void press(String id, int triesLeft) {
        if (main.getScene().lookup(id) instanceof ButtonBase button && !button.isDisabled()) {
            button.fire();
        } else if (triesLeft > 0) {
            PauseTransition retry = new PauseTransition(Duration.millis(100));
            retry.setOnFinished(e -> Platform.runLater(() -> press(id, triesLeft - 1))); // no dialog from an animation
            retry.play();
        }
    }

    /** Checks every 100 ms; once every dialog asked for shows (or time is up), quits {@code quitAfterMs} later. */
    private void quitOnceAllShow(long giveUp) {
        PauseTransition tick = new PauseTransition(Duration.millis(100));
        tick.setOnFinished(e -> {
            if (showingDialogs().size() < dialogs.size() && System.nanoTime() < giveUp) {
                quitOnceAllShow(giveUp);
                return;
            }
            PauseTransition wait = new PauseTransition(Duration.millis(quitAfterMs));
            wait.setOnFinished(x -> quit());
            wait.play();
        });
        tick.play();
    }

    private List<String> showingDialogs() {
        return Window.getWindows().stream()
                .filter(w -> w != main && w.isShowing() && w instanceof Stage)
                .map(w -> ((Stage) w).getTitle()).collect(Collectors.toList());
    }

    private void open(String dialog) {
        if (dialog.startsWith("#")) {
            press(dialog, (int) (GIVE_UP_SECONDS * 10));
            return;
        }
        switch (dialog) {
            case "signin" -> vm.signIn();
            case "create" -> vm.addDisc();
            case "resize" -> vm.resizeDisc();
            case "relabel" -> vm.relabelDisc();
            case "purge" -> vm.purgeDisc();
            case "about" -> vm.showAbout();
            default -> throw new IllegalArgumentException(dialog);
        }
    }

    private void quit() {
        List<String> open = showingDialogs();
        // stdout on purpose, like SelfCheck: ExitWithDialogsTest reads this line from the child process
        System.out.println("exit-probe: quitting with " + open.size() + " dialog(s) open: " + String.join(" | ", open));
        System.out.flush();
        Platform.exit();
    }
}
