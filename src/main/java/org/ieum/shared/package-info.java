/**
 * Framework glue every module may use: layout and navigation, the web security chain,
 * error pages, the clock and the mail outbox. It holds no business rules.
 * <p>
 * Open: every module may use every sub-package. Publishes and listens to no business events; depends on no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.ieum.shared;

import org.springframework.modulith.ApplicationModule;
