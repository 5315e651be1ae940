/** Each center's expert pool, pool-sharing agreements and the ranked suggestions for a request. */
package org.ieum.consulting.experts;
