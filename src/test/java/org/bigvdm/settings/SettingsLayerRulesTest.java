package org.bigvdm.settings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules for settings and sign-in, checked here until the app-wide ArchUnit test covers them. */
class SettingsLayerRulesTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bigvdm.settings", "org.bigvdm.ui.signin");

    @Test
    void settingsUsesNoJavaFxAndNothingAboveIt() {
        noClasses().that().resideInAPackage("org.bigvdm.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bigvdm.ui..", "org.bigvdm.service..")
                .check(classes);
    }

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Messages")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.event..", "javafx.fxml..")
                .check(classes);
    }
}
