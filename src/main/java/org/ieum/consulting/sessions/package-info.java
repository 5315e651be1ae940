/** Planning sessions under the yearly budget, logging them, closing a case, rating, and the day-before reminder. */
package org.ieum.consulting.sessions;
