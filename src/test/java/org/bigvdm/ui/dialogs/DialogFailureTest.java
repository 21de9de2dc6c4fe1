package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.Test;

/** What the dialogs do when the service says no, or says nothing. */
class DialogFailureTest {
    private final ServerContext server = Servers.web1();
    private final RecordingDiscApi api = Servers.api(server);
    private final CreateDiscViewModel create = new CreateDiscViewModel(Servers.changes(api), server);

    private void fillCreate() {
        create.labelProperty().set("backups");
        create.sizeProperty().set("10");
    }

    private static BadRequestException badRequest(String field, String... messages) {
        return new BadRequestException(Map.of(field, List.of(messages)), "bad request");
    }

    @Test
    void a400OnLabelShowsBesideTheLabelUntilItIsEdited() {
        fillCreate();
        api.failNextWith(badRequest("label", "is already in use on this server"));

        create.submit();

        assertThat(create.labelField().message()).isEqualTo("Label is already in use on this server");
        assertThat(create.generalErrorProperty().get()).isEmpty();
        assertThat(create.canSubmitProperty().get()).isFalse();
        assertThat(create.labelProperty().get()).isEqualTo("backups");

        create.labelProperty().set("backups2");
        assertThat(create.labelField().message()).isEmpty();
        assertThat(create.canSubmitProperty().get()).isTrue();
    }

    @Test
    void a400OnSizeShowsBesideTheSize() {
        fillCreate();
        api.failNextWith(badRequest("size", "must be greater than or equal to 50"));

        create.submit();

        assertThat(create.sizeField().message()).isEqualTo("Size must be greater than or equal to 50");
        assertThat(create.sizeProperty().get()).isEqualTo("10");
    }

    @Test
    void a400OnStorageGradeShowsBesideTheGrade() {
        fillCreate();
        api.failNextWith(badRequest("storage_grade", "is not valid"));

        create.submit();

        assertThat(create.gradeField().message()).isEqualTo("Storage grade is not valid");
    }

    @Test
    void severalMessagesForOneFieldAreJoined() {
        fillCreate();
        api.failNextWith(badRequest("size", "is not a number", "is too big"));

        create.submit();

        assertThat(create.sizeField().message()).isEqualTo("Size is not a number; Size is too big");
    }

    @Test
    void a400OnAFieldTheDialogDoesNotHaveIsAGeneralError() {
        fillCreate();
        api.failNextWith(badRequest("discs", "at most 8 per server"));

        create.submit();

        assertThat(create.generalErrorProperty().get())
                .isEqualTo("The server did not accept a value: Discs at most 8 per server");
        assertThat(create.canSubmitProperty().get()).isTrue();
    }

    @Test
    void a400WithoutFieldsIsAGeneralErrorInTheServersWords() {
        fillCreate();
        api.failNextWith(badRequest(BadRequestException.GENERAL, "Something odd"));

        create.submit();

        assertThat(create.generalErrorProperty().get()).isEqualTo("The server did not accept a value: Something odd");
    }

    @Test
    void aSizeErrorInRelabelHasNoFieldSoIsGeneral() {
        var relabel = new RelabelDiscViewModel(Servers.changes(api), server, Servers.DATA);
        relabel.labelProperty().set("scratch");
        api.failNextWith(badRequest("size", "cannot be reduced (currently 51200)"));

        relabel.submit();

        assertThat(relabel.generalErrorProperty().get())
                .isEqualTo("The server did not accept a value: Size cannot be reduced (currently 51200)");
        assertThat(relabel.labelField().message()).isEmpty();
    }

    @Test
    void otherErrorsStayInTheDialogWithInputKeptAndMayBeTriedAgain() {
        fillCreate();
        create.gradeProperty().set("ssd");
        api.failNextWith(new ForbiddenException("This account is read-only"));

        create.submit();

        assertThat(create.generalErrorProperty().get())
                .isEqualTo("You may look at this but not change it: This account is read-only");
        assertThat(create.labelProperty().get()).isEqualTo("backups");
        assertThat(create.sizeProperty().get()).isEqualTo("10");
        assertThat(create.gradeProperty().get()).isEqualTo("ssd");
        assertThat(create.busyProperty().get()).isFalse();
        assertThat(create.canSubmitProperty().get()).isTrue();

        assertThat(create.submit()).isTrue();
        assertThat(api.requests()).hasSize(2);
        assertThat(create.generalErrorProperty().get()).isEmpty();
    }

    @Test
    void anExpiredSessionSaysSo() {
        fillCreate();
        api.failNextWith(new UnauthorizedException("401"));

        create.submit();

        assertThat(create.generalErrorProperty().get()).isEqualTo("Your session has expired: Sign in again to carry on.");
    }

    @Test
    void afterSigningInAgainTheDialogSaysNothingWasSentAndLetsTheUserDecide() {
        List<String> shownWhenTold = new ArrayList<>();
        List<Runnable> afterSignIn = new ArrayList<>();
        AccessRights access = new AccessRights();
        TaskRunner runner = ImmediateTaskRunner.create();
        SessionService session = TestSessions.on(api, access, runner);
        var create = new CreateDiscViewModel(Servers.changes(session, access, runner), server);
        session.subscribeSignInNeeded(after -> {
            shownWhenTold.add(create.generalErrorProperty().get());
            afterSignIn.add(after);
        });
        create.labelProperty().set("backups");
        create.sizeProperty().set("10");
        api.failNextWith(new UnauthorizedException("401"));
        create.submit();
        // the session hears of it after the dialog shows it (it then opens the sign-in dialog)
        assertThat(shownWhenTold).containsExactly("Your session has expired: Sign in again to carry on.");

        afterSignIn.get(0).run(); // the user signed in again

        assertThat(create.generalErrorProperty().get()).isEqualTo(DiscDialogViewModel.SIGNED_IN_AGAIN);
        assertThat(api.requests()).hasSize(1);
        assertThat(create.canSubmitProperty().get()).isTrue();
        assertThat(create.labelProperty().get()).isNotEmpty();
    }

    @Test
    void aRefusedConnectionNeverReachedTheServiceSoMayBeTriedAgain() {
        fillCreate();
        api.failNextWith(new NetworkException(NetworkException.Kind.REFUSED, "Connection refused", null));
        create.submit();

        assertThat(api.rereads()).isZero();
        assertThat(create.canSubmitProperty().get()).isTrue();
    }

    @Test
    void aTimeoutIsReportedToTheOwnerAndNothingIsResent() {
        fillCreate();
        api.failNextWith(new NetworkException(NetworkException.Kind.TIMEOUT, "No answer within 30 s", null));
        create.submit();

        assertThat(api.rereads()).isEqualTo(1);
        // the server read again has no "backups": the dialog says so and offers Try again
        assertThat(create.outcomeUnknownProperty().get()).isFalse();
        assertThat(create.retryProperty().get()).isTrue();
        assertThat(create.generalErrorProperty().get()).isEqualTo(
                "The server took too long to answer: No answer within 30 s. "
                        + "Nothing changed: there is no disc backups on web1. Try again sends it once more.");
        assertThat(api.requests()).as("nothing re-sent by itself").hasSize(1);
        assertThat(create.labelProperty().get()).isEqualTo("backups");
        assertThat(create.submit()).as("Try again, pressed").isTrue();
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void aServerErrorDuringPurgeIsOutcomeUnknownAndNeverResent() {
        var purge = new PurgeDiscViewModel(Servers.changes(api), server, Servers.DATA);
        purge.confirmationProperty().set("data");
        api.failNextWith(new ServerErrorException(500, "Internal Server Error"));
        purge.submit();

        assertThat(api.rereads()).isEqualTo(1);
        assertThat(api.requests()).hasSize(1);
        assertThat(purge.generalErrorProperty().get()).endsWith(
                "Nothing changed: the disc data is still there. " + DiscDialogViewModel.TRY_AGAIN);
        assertThat(purge.resultProperty().get()).isNull();
    }

    @Test
    void aConnectionResetDuringResizeIsOutcomeUnknown() {
        var resize = new ResizeDiscViewModel(Servers.changes(api), server, Servers.ROOT);
        resize.sizeProperty().set("+5");
        api.failNextWith(new NetworkException(NetworkException.Kind.RESET, "Connection reset", null));

        resize.submit();

        // nothing changed (the reset came before the write): Try again, and the size may be edited
        assertThat(resize.outcomeUnknownProperty().get()).isFalse();
        assertThat(resize.retryProperty().get()).isTrue();
        assertThat(resize.generalErrorProperty().get())
                .isEqualTo("The connection was cut: Connection reset. Nothing changed: the disc is still 25 GiB. "
                        + DiscDialogViewModel.TRY_AGAIN);
        resize.sizeProperty().set("+6");
        assertThat(resize.canSubmitProperty().get()).isTrue();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aResizeWhoseAnswerWasLostButWhichWentThroughSaysSoAndOffersNoRetry() {
        var resize = new ResizeDiscViewModel(Servers.changes(api), server, Servers.ROOT);
        resize.sizeProperty().set("+5");
        api.loseNextAnswer();

        resize.submit();

        assertThat(resize.generalErrorProperty().get()).isEqualTo(
                "The connection was cut: Connection reset. The disc is now 30 GiB: the resize went through.");
        assertThat(resize.outcomeUnknownProperty().get()).as("only Close is left").isTrue();
        assertThat(resize.retryProperty().get()).isFalse();
        assertThat(resize.canSubmitProperty().get()).isFalse();
        assertThat(resize.submit()).isFalse();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void whileARequestIsInFlightNothingElseIsSent() {
        ManualTaskRunner runner = new ManualTaskRunner();
        var vm = new CreateDiscViewModel(Servers.changes(api, runner), server);
        vm.sizeProperty().set("10");

        assertThat(vm.submit()).isTrue();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.submit()).isFalse();
        assertThat(runner.pendingCount()).isEqualTo(1);

        runner.runNext();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.submit()).isFalse();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void whatIsSentIsWhatWasCheckedWhenOkWasPressed() {
        ManualTaskRunner runner = new ManualTaskRunner();
        var vm = new CreateDiscViewModel(Servers.changes(api, runner), server);
        vm.labelProperty().set("logs");
        vm.sizeProperty().set("10");
        assertThat(vm.submit()).isTrue();

        // edits made while the request waits for a worker must not slip out unchecked
        vm.labelProperty().set("vda");
        vm.sizeProperty().set("-1");
        runner.runNext();

        assertThat(api.requests()).extracting(RecordingDiscApi.Request::body)
                .containsExactly(new DiscSpec("logs", 10240, "sata"));
    }

    @Test
    void aDiscGoneElsewhereLocksTheDialogAndReadsTheServerAgain() {
        var resize = new ResizeDiscViewModel(Servers.changes(api), server, server.discs().get(0));
        resize.sizeProperty().set("+5");
        api.failNextWith(new NotFoundException("Not found (404)"));

        resize.submit();

        assertThat(resize.generalErrorProperty().get()).isEqualTo(DiscDialogViewModel.GONE);
        assertThat(resize.canSubmitProperty().get()).isFalse();
        assertThat(api.rereads()).isEqualTo(1);
        assertThat(api.requests()).hasSize(1);
    }
}
