package org.lurewatch.warnings;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds the web server back until the catalogue's first load is done, so the portal never answers
 * (nor reports itself healthy) with an empty catalogue. The load itself starts with the catalogue
 * bean and runs beside the rest of the start-up; a load that failed fails the start, as before.
 */
@Component
class CatalogueReadiness implements SmartLifecycle {

    private final WarningCatalogue catalogue;
    private volatile boolean running;

    CatalogueReadiness(WarningCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void start() {
        catalogue.awaitFirstLoad();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's own phase (the default less 2048), which opens the port. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
