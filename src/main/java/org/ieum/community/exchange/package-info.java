/** The exchange board (기업 교류): offers and needs posted by managers of organizations, comments, messages to the poster through Ieum, reports and staff moderation, and the center's choice whether citizens may read it. */
package org.ieum.community.exchange;
