/** Demo notices for the demo accounts. */
package org.ieum.notifications.demo;
