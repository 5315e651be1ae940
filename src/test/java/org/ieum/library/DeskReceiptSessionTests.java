package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.ieum.library.lending.DeskReceipt;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/** The desk's receipt reaches the next page through the session, which a cluster stores in PostgreSQL. */
class DeskReceiptSessionTests {

	@Test
	void aReceiptSurvivesTheTripThroughASessionKeptInTheDatabase() {
		DeskReceipt receipt = new DeskReceipt("사회적경제 입문", "LIB-0001", LocalDate.of(2026, 12, 21), false, null);
		// what Spring Session JDBC does with every session attribute
		byte[] stored = new SerializingConverter().convert(receipt);
		assertThat(new DeserializingConverter().convert(stored)).isEqualTo(receipt);
	}
}
