package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.bigvdm.api.Endpoints;
import org.bigvdm.app.AppHarness;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.settings.FileTokenStore;
import org.bigvdm.settings.Logging;
import org.bigvdm.settings.Settings;
import org.bigvdm.sim.state.DemoEstate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 6 end to end: the real app signs in through its dialog against the simulator (demo,
 * wrong password, 2FA, API key, read-only user), survives an expired session, keeps its token
 * private and writes no secret to its log. Secrets never go into assertion messages.
 */
class SignInFlowsTest extends DemoWindowTest {
    private static final String SIGN_IN_TITLE = "Sign in – BigV Disc Manager";
    private static final String WRONG_PASSWORD = "not-the-Pa55word";
    private static final String API_KEY = "apikey.demo-0000";
    /** Every secret the app handled in this class: none may be in the log file afterwards. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void logRequests() {
        // the request lines too, so the log check below sees everything the app could write
        ((Logger) LoggerFactory.getLogger("org.bigvdm")).setLevel(Level.DEBUG);
        SECRETS.add(WRONG_PASSWORD);
        SECRETS.add(API_KEY);
    }

    /** Each test starts its own way: the demo, a saved token, a damaged settings file. */
    @Override
    protected boolean startsDemoBeforeEach() {
        return false;
    }

    @AfterAll
    static void noSecretReachedTheLog() throws Exception {
        ((Logger) LoggerFactory.getLogger("org.bigvdm")).setLevel(null);
        Path log = Logging.logFile();
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).contains("Signed in as demo");
        int i = 0;
        for (String secret : SECRETS) {
            assertThat(text.contains(secret)).as("secret #%d (of %d) found in %s", ++i, SECRETS.size(), log).isFalse();
        }
    }

    @Test
    void signInFromTheDemoBannerLandsOnTheUsersAccounts() throws Exception {
        startDemo();
        signInFromBanner("demo", "demo");

        awaitSignedInAs("demo");
        assertThat(lookup("#demoBanner").query().isVisible()).isFalse();
        assertThat(app.stage().getTitle()).isEqualTo("BigV Disc Manager — 127.0.0.1:" + SIM.baseUri().getPort());
        TreeView<?> tree = lookup("#serverTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(item -> item.getValue().toString())
                .anySatisfy(s -> assertThat(s).contains(DemoEstate.ACCOUNT))
                .anySatisfy(s -> assertThat(s).contains(DemoEstate.OTHER_ACCOUNT));

        // keyring off (surefire): the token is in a file only the user can read
        Path file = ((FileTokenStore) app.tokens()).file();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        boolean saved = app.tokens().load(app.session().identity().endpoints(), "demo")
                .filter(t -> t.equals(app.session().currentToken())).isPresent();
        assertThat(saved).as("the session's token is the saved one").isTrue();
        assertThat(Files.readString(file)).doesNotContain("\"demo\":\"demo\"");
    }

    @Test
    void aWrongPasswordIsExplainedBesideThePasswordAndKeepsTheUsername() throws Exception {
        startDemo();
        signInFromBanner("demo", WRONG_PASSWORD);

        app.waitUntil(() -> lookup("#passwordError").queryLabeled().isVisible());
        assertThat(lookup("#passwordError").queryLabeled().getText()).isEqualTo("Wrong username or password");
        assertThat(lookup("#username").queryTextInputControl().getText()).isEqualTo("demo");
        assertThat(lookup("#password").queryTextInputControl().getText()).isEmpty();
        assertThat(app.vm().demoModeProperty().get()).isTrue();

        clickOn("#password").write("demo").type(KeyCode.ENTER);
        awaitSignedInAs("demo");
    }

    @Test
    void twoFactorAsksForTheCodeAndContinues() throws Exception {
        startDemo();
        signInFromBanner("twofactor", "twofactor");

        app.waitUntil(() -> lookup("#code").query().isVisible());
        assertThat(lookup("#password").queryTextInputControl().getText()).as("password kept for the retry").isNotEmpty();
        clickOn("#code").write("123456").type(KeyCode.ENTER);

        awaitSignedInAs("twofactor");
    }

    @Test
    void anApiKeySignsInWithoutThePasswordService() throws Exception {
        startDemo();
        openSignInFromBanner();
        chooseSimulator();
        clickOn("#useApiKey");
        clickOn("#apiKey").write(API_KEY);
        clickOn("Sign in");

        awaitSignedIn();
        assertThat(app.vm().whoProperty().get()).isEqualTo("API key");
        assertThat(app.estate().estate().serverCount()).isGreaterThan(0);
    }

    @Test
    void anExpiredSessionAsksToSignInAgainThenRepeatsTheRead() throws Exception {
        startDemo();
        signInFromBanner("demo", "demo");
        awaitSignedInAs("demo");
        String firstToken = app.session().currentToken();
        ServerEntry build = selectBuild();

        // the session ends on the server, and meanwhile someone adds a disc
        SIM.simulator().sessions().clear();
        assertThat(SIM.demoClient().post(demoVmPath("default", "build") + "/discs",
                "{\"label\":\"fresh\",\"size\":1024}").statusCode()).isBetween(200, 299);
        clickOn("#refreshButton");

        app.waitUntil(() -> dialogShowing(SIGN_IN_TITLE));
        assertThat(lookup("#username").queryTextInputControl().getText()).isEqualTo("demo");
        clickOn("#password").write("demo").type(KeyCode.ENTER);

        app.waitUntil(() -> !dialogShowing(SIGN_IN_TITLE)
                && app.vm().table().rows().stream().anyMatch(r -> r.label().equals("fresh")));
        assertThat(app.vm().tree().selectedKeyProperty().get()).isEqualTo(build.key());
        assertThat(app.session().currentToken()).as("a new session").isNotEqualTo(firstToken);
        assertThat(app.vm().errorTextProperty().get()).isEmpty();
        remember(app.session().currentToken());
    }

    @Test
    void aWriteInterruptedByAnExpiredSessionIsNotResentAfterSigningIn() throws Exception {
        app = AppHarness.accountWithSavedToken(simSettings("demo"), Endpoints.single(SIM.baseUri()),
                SIM.demoToken());
        awaitSignedInAs("demo");
        ServerEntry build = selectBuild();
        fillAddDisc("pending", "5");

        SIM.simulator().sessions().clear();
        clickOn("#ok");
        app.waitUntil(() -> dialogShowing(SIGN_IN_TITLE));
        assertThat(lookup("#general-error").queryAs(Label.class).getText()).startsWith("Your session has expired");
        clickOn("#password").write("demo").type(KeyCode.ENTER);

        app.waitUntil(() -> !dialogShowing(SIGN_IN_TITLE)
                && lookup("#general-error").queryAs(Label.class).getText().startsWith("You are signed in again"));
        assertThat(dialogShowing("Add disc")).isTrue();
        assertThat(lookup("#label").queryAs(TextField.class).getText()).isEqualTo("pending");
        assertThat(SIM.simulator().state().discsOf(build.vm().id())).extracting(d -> d.label()).doesNotContain("pending");

        clickOn("#ok"); // the user decides to send it
        app.waitUntil(() -> !dialogShowing("Add disc"));
        assertThat(SIM.simulator().state().discsOf(build.vm().id())).extracting(d -> d.label()).contains("pending");
        remember(app.session().currentToken());
    }

    @Test
    void aReadOnlyUserGetsAClear403AndTheButtonsSayWhyTheyAreOff() throws Exception {
        startDemo();
        signInFromBanner("readonly", "readonly");
        awaitSignedInAs("readonly");
        selectBuild();
        // the privileges read at sign-in turn Add disc off before anything fails (PrivilegesFlowTest);
        // were they wrong, the service's 403 still tells, in words:
        app.waitUntil(() -> app.access().privilegesKnown());
        app.onFx(() -> app.access().forget());

        fillAddDisc("more", "5");
        clickOn("#ok");
        app.waitUntil(() -> !lookup("#general-error").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#general-error").queryAs(Label.class).getText())
                .startsWith("You may look at this but not change it")
                .contains("readonly may read but not change anything");
        assertThat(lookup("#label").queryAs(TextField.class).getText()).isEqualTo("more");
        clickOn("#cancel");
        app.waitUntil(() -> !dialogShowing("Add disc"));

        assertThat(lookup("#addDiscButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.vm().addDisabledReasonProperty().get()).isEqualTo("You may look at the server build but not change it.");
        clickOn(lookup("#discTable").lookup("cache").queryLabeled());
        app.waitUntil(() -> app.vm().table().selectedRowProperty().get() != null);
        assertThat(lookup("#resizeButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.vm().discDisabledReasonProperty().get()).contains("not change it");
        assertThat(SIM.simulator().state().discsOf(demoVmId("default", "build"))).hasSize(2);
    }

    @Test
    void signingInAsAnotherUserAfterA403LetsThemWriteAgain() throws Exception {
        app = AppHarness.accountWithSavedToken(simSettings("readonly"), Endpoints.single(SIM.baseUri()),
                SIM.simulator().tokenFor("readonly"));
        awaitSignedInAs("readonly");
        ServerEntry build = selectBuild();
        // what the 403 in the test above leads to
        app.onFx(() -> app.access().markReadOnly(build.account().id()));
        assertThat(app.vm().addDisabledReasonProperty().get()).contains("not change");
        app.onFx(() -> app.vm().signIn());
        app.waitUntil(() -> dialogShowing(SIGN_IN_TITLE));
        TextField user = lookup("#username").queryAs(TextField.class);
        clickOn(user);
        app.onFx(() -> user.setText("demo"));
        clickOn("#password").write("demo").type(KeyCode.ENTER);
        awaitSignedInAs("demo");
        selectBuild();
        assertThat(app.vm().addDisabledReasonProperty().get()).isNull();
    }

    @Test
    void signingOutForgetsTheTokenAndGoesBackToTheDemo() throws Exception {
        Endpoints sim = Endpoints.single(SIM.baseUri());
        app = AppHarness.accountWithSavedToken(simSettings("demo"), sim, SIM.demoToken());
        awaitSignedInAs("demo");
        remember(app.session().currentToken());

        clickOn("File").clickOn("Sign out");

        app.waitUntil(() -> app.vm().demoModeProperty().get() && app.tokens().load(sim, "demo").isEmpty());
        assertThat(app.session().identity().demo()).isTrue();
        app.waitUntil(() -> "BigV Disc Manager — Demo".equals(app.stage().getTitle()));
    }

    @Test
    void aDamagedSettingsFileIsReportedAndReplaced() throws Exception {
        app = AppHarness.demoWithSettingsFile(SIM.baseUri(), "{\"theme\": \"dark\", oops");
        app.waitUntil(() -> app.vm().notificationProperty().get() != null);
        assertThat(app.vm().notificationProperty().get().text()).startsWith("Your settings file was damaged");
        Path config = app.settingsFile().getParent();
        try (var files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("settings.json").anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
        app.waitUntil(() -> app.estate().loadedOnceProperty().get());
    }

    @Test
    void aSavedSessionTheServerForgotShowsTheDialogAtStart() throws Exception {
        Settings settings = simSettings("demo");
        app = AppHarness.accountWithSavedToken(settings, Endpoints.single(SIM.baseUri()), "expired-token-0000");
        SECRETS.add("expired-token-0000");
        app.waitUntil(() -> dialogShowing(SIGN_IN_TITLE));
        assertThat(lookup("#username").queryTextInputControl().getText()).isEqualTo("demo");
        clickOn("#password").write("demo").type(KeyCode.ENTER);
        awaitSignedInAs("demo");
    }

    @Test
    void aSavedSessionThatCannotBeCheckedSaysWhyInTheDialog() throws Exception {
        Settings settings = simSettings("demo");
        settings.setBrainUrl("http://127.0.0.1:1");
        app = AppHarness.accountWithSavedToken(settings, Endpoints.single(URI.create("http://127.0.0.1:1")),
                "kept-token-0000");
        SECRETS.add("kept-token-0000");
        app.waitUntil(() -> dialogShowing(SIGN_IN_TITLE));
        app.waitUntil(() -> lookup(".label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.isVisible() && String.valueOf(l.getText()).startsWith("Could not reach 127.0.0.1:1")));
        assertThat(lookup("#username").queryTextInputControl().getText()).isEqualTo("demo");
        // a token that could not be checked is kept for next time
        assertThat(app.tokens().load(Endpoints.single(URI.create("http://127.0.0.1:1")), "demo")).isPresent();
    }

    // --- helpers ---

    /** The way a user gets from the demo to the simulator's accounts: banner, endpoint, credentials. */
    private void signInFromBanner(String user, String password) throws Exception {
        openSignInFromBanner();
        chooseSimulator();
        clickOn("#username").write(user);
        clickOn("#password").write(password);
        clickOn("Sign in");
    }

    private void openSignInFromBanner() throws Exception {
        clickOn("#demoSignInButton");
        app.waitUntil(() -> dialogShowing(SIGN_IN_TITLE));
    }

    private void chooseSimulator() {
        clickOn("#endpointCustom");
        // pasted rather than typed: the robot types one key at a time and URLs are long
        TextField url = lookup("#brainUrl").queryAs(TextField.class);
        clickOn(url);
        app.onFx(() -> url.setText(SIM.baseUri().toString()));
    }

    private void awaitSignedIn() throws Exception {
        app.waitUntil(() -> !dialogShowing(SIGN_IN_TITLE) && !app.vm().demoModeProperty().get()
                && app.session().identity() != null && !app.session().identity().demo()
                && app.estate().loadedOnceProperty().get() && app.vm().errorTextProperty().get().isEmpty()
                && !app.estate().loadingProperty().get());
        remember(app.session().currentToken());
    }

    private void awaitSignedInAs(String user) throws Exception {
        awaitSignedIn();
        assertThat(app.vm().whoProperty().get()).isEqualTo(user);
        assertThat(app.session().identity().username()).isEqualTo(user);
    }

    private static Settings simSettings(String user) {
        Settings s = Settings.defaults();
        s.setCustomEndpoint(true);
        s.setBrainUrl(SIM.baseUri().toString());
        s.setUsername(user);
        return s;
    }

    private static void remember(String token) {
        if (token != null) {
            SECRETS.add(token);
        }
    }
}
