package org.lurewatch;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk through each other's API packages only, and never in a cycle. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(LureWatchApplication.class).verify();
    }
}
