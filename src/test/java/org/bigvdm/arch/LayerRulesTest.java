package org.bigvdm.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.BrainApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: each rule is one sentence of the README's "How it works". */
class LayerRulesTest {
    /** The services and what they run on: built in one place, handed to everything else. */
    private static final Set<String> SERVICES = Set.of(
            "org.bigvdm.service.EstateService", "org.bigvdm.service.AccessRights",
            "org.bigvdm.service.ExecutorTaskRunner", "org.bigvdm.service.PeriodicTask",
            "org.bigvdm.service.change.ChangeService", "org.bigvdm.service.session.SessionService",
            "org.bigvdm.service.session.Session");

    private static JavaClasses app;

    @BeforeAll
    static void importProductionClasses() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bigvdm");
    }

    @Test
    void apiNeverTouchesJavaFxOrTheLayersAboveIt() {
        noClasses().that().resideInAPackage("org.bigvdm.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bigvdm.service..",
                        "org.bigvdm.ui..", "org.bigvdm.app..", "org.bigvdm.sim..", "org.bigvdm.settings..")
                .check(app);
    }

    @Test
    void simulatorDependsOnNothingOfTheAppButTheJsonRecords() {
        classes().that().resideInAPackage("org.bigvdm.sim..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "com.sun.net.httpserver..",
                        "com.fasterxml.jackson..", "org.slf4j..", "org.bigvdm.sim..", "org.bigvdm.api.model..",
                        "org.bigvdm.files..", "")
                .check(app);
    }

    @Test
    void safeFileWritesDependOnNothingOfTheApp() {
        classes().that().resideInAPackage("org.bigvdm.files..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.bigvdm.files..", "")
                .check(app);
    }

    @Test
    void serviceLayerNeverBuildsUi() {
        noClasses().that().resideInAPackage("org.bigvdm.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.bigvdm.ui..", "org.bigvdm.app..", "org.bigvdm.sim..")
                .check(app);
    }

    @Test
    void settingsHaveNoJavaFxAndNothingAboveThem() {
        noClasses().that().resideInAPackage("org.bigvdm.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bigvdm.service..",
                        "org.bigvdm.ui..", "org.bigvdm.app..")
                .check(app);
    }

    @Test
    void viewModelsUseBeansOnlySoTheyAreTestedWithoutAToolkit() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAPackage("org.bigvdm.ui.form")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.animation..", "javafx.event..")
                .check(app);
    }

    @Test
    void uiDoesNotReachIntoTheAppOrTheSimulator() {
        noClasses().that().resideInAPackage("org.bigvdm.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bigvdm.app..", "org.bigvdm.sim..")
                .check(app);
    }

    @Test
    void uiSeesNeitherHttpNorApiExceptionsNorStoredSettings() {
        noClasses().that().resideInAPackage("org.bigvdm.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bigvdm.api.http..", "org.bigvdm.api.error..",
                        "org.bigvdm.settings..")
                .check(app);
    }

    @Test
    void viewModelsAndViewsGoThroughTheServicesNotTheApiClients() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("org.bigvdm.ui..")
                .should().dependOnClassesThat().areAssignableTo(BrainApi.class)
                .orShould().dependOnClassesThat().areAssignableTo(AuthApi.class)
                .check(app);
    }

    @Test
    void onlyTheAppBuildsServices() {
        noClasses().that().resideOutsideOfPackage("org.bigvdm.app..")
                .should().callConstructorWhere(DescribedPredicate.describe("another class's service constructor",
                        (JavaConstructorCall call) -> SERVICES.contains(call.getTargetOwner().getName())
                                && !call.getOriginOwner().equals(call.getTargetOwner())))
                .check(app);
    }
}
