package org.lurewatch.warnings;

import org.lurewatch.support.PublicApiTest;

/** The warning contract on the embedded default database. */
@PublicApiTest
class EmbeddedWarningApiTest extends WarningApiContract {
}
