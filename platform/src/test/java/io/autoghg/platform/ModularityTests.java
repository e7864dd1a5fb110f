package io.autoghg.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features talk only through each other's public services; the module diagram is written to docs/architecture. */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicTypes() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/architecture/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
