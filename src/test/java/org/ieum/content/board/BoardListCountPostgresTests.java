package org.ieum.content.board;

import org.ieum.support.IeumPostgresTest;

/** {@link BoardListCounts} on PostgreSQL. */
@IeumPostgresTest
class BoardListCountPostgresTests extends BoardListCounts {
}
