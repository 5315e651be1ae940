package org.ieum.content.board;

import org.ieum.support.IeumSpringTest;

/** {@link BoardListCounts} on H2, the embedded database. */
@IeumSpringTest
class BoardListCountTests extends BoardListCounts {
}
