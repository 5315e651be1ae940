/**
 * Framework glue every module may use: layout and navigation, the web security chain,
 * error pages, the clock and the mail outbox. It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ieum.shared;
