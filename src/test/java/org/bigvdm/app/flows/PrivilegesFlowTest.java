package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.bigvdm.api.Endpoints;
import org.bigvdm.app.AppHarness;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.settings.Settings;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 7: the privileges read at sign-in turn actions off, with their reason, before
 * anything fails; per server, group and account (the simulator's {@code readonly} and
 * {@code mixed} users). Nothing is sent to find out.
 */
class PrivilegesFlowTest extends DemoWindowTest {
    /** Each test signs in as another user of the simulator, not as demo. */
    @Override
    protected boolean startsDemoBeforeEach() {
        return false;
    }

    @Test
    void aReadOnlyUsersButtonsAreOffWithTheReasonBeforeAnythingFails() throws Exception {
        signedInAs("readonly");
        select(DemoEstate.ACCOUNT, "default", "build");
        assertThat(app.vm().addDisabledReasonProperty().get())
                .isEqualTo("You may look at the server build but not change it.");
        assertThat(lookup("#addDiscButton").queryButton().isDisabled()).isTrue();
        app.onFx(() -> app.vm().table().selectedRowProperty().set(app.vm().table().rows().get(0)));
        assertThat(lookup("#relabelButton").queryButton().isDisabled()).isTrue();
        assertThat(app.vm().discDisabledReasonProperty().get()).contains("not change it");
    }

    @Test
    void aMixedUserMayChangeWhereAnAccountGroupOrServerPrivilegeCoversIt() throws Exception {
        signedInAs("mixed");
        select(DemoEstate.ACCOUNT, "default", "build");               // account_admin on the first account
        assertThat(app.vm().addDisabledReasonProperty().get()).isNull();

        select(DemoEstate.OTHER_ACCOUNT, "default", "intranet");      // vm_console only
        assertThat(app.vm().addDisabledReasonProperty().get())
                .isEqualTo("You may look at the server intranet but not change it.");

        select(DemoEstate.OTHER_ACCOUNT, "office", "files");          // group_admin on office
        DiscRow first = app.vm().table().rows().get(0);
        app.onFx(() -> app.vm().table().selectedRowProperty().set(first));
        assertThat(app.vm().discDisabledReasonProperty().get()).isNull();
    }

    private void signedInAs(String user) throws Exception {
        Settings settings = Settings.defaults();
        settings.setCustomEndpoint(true);
        settings.setBrainUrl(SIM.baseUri().toString());
        settings.setUsername(user);
        app = AppHarness.accountWithSavedToken(settings, Endpoints.single(SIM.baseUri()),
                SIM.simulator().tokenFor(user));
        app.waitUntil(() -> app.session().identity() != null && user.equals(app.session().identity().username())
                && app.estate().loadedOnceProperty().get() && app.access().privilegesKnown());
    }

    private void select(String account, String group, String server) throws Exception {
        long id = SIM.simulator().state().vmId(account, group, server);
        ServerEntry entry = app.estate().estate().server(id).orElseThrow();
        app.onFx(() -> app.vm().tree().selectedKeyProperty().set(entry.key()));
        app.waitUntil(() -> !app.vm().table().rows().isEmpty());
    }
}
