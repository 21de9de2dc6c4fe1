package org.bigvdm.ui.dialogs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ViewModels stay testable without a toolkit: no scene graph, no views. */
class DialogLayersTest {
    static {
        // only the dialog classes matter: resolving all of JavaFX from the class path is slow and noisy
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bigvdm.ui.dialogs");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().resideInAPackage("org.bigvdm.ui.dialogs")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.bigvdm.ui.dialogs.view..", "atlantafx..", "org.kordamp..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void viewsDoNotCallTheApi() {
        noClasses().that().resideInAPackage("org.bigvdm.ui.dialogs.view..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bigvdm.api", "org.bigvdm.service..")
                .check(classes);
    }
}
