package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** An index written before the business number, grams and initials were indexed is rebuilt at start. */
class IndexFormatTests {

	@Test
	void anIndexWhoseDocumentsLackTheNewFieldsIsOutdatedAnEmptyOrCurrentOneIsNot() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			writer.commit();
			try (DirectoryReader empty = DirectoryReader.open(directory)) {
				assertThat(IndexFormat.outdated(empty)).isFalse();
			}
			Document old = new Document();
			old.add(new TextField(SearchFields.NAME, "행복베이커리 사회적협동조합", Field.Store.YES));
			writer.addDocument(old);
			writer.commit();
			try (DirectoryReader before = DirectoryReader.open(directory)) {
				assertThat(IndexFormat.outdated(before)).isTrue();
			}
			Document current = new Document();
			current.add(new TextField(SearchFields.NAME, "행복베이커리 사회적협동조합", Field.Store.YES));
			current.add(new StringField(SearchFields.BUSINESS_NUMBER, "9008000003", Field.Store.NO));
			writer.deleteAll();
			writer.addDocument(current);
			writer.commit();
			try (DirectoryReader after = DirectoryReader.open(directory)) {
				assertThat(IndexFormat.outdated(after)).isFalse();
			}
		}
	}
}
