/**
 * The port through which a module that runs activities in a center's rooms (education's
 * course sessions) books them, without depending on the module that owns the rooms
 * ({@code spaces} implements it; docs/adr/0014).
 */
package org.ieum.shared.rooms;
