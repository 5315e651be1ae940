package org.ieum.enterprises.search;

import org.ieum.enterprises.records.Organization;

import java.io.IOException;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An index written by an older version of Ieum lacks the fields searches now use (the grams
 * that find words Nori reads otherwise, the initials, the business number): its documents are
 * all there, so nothing else would notice, but 장애인 or ㅎㅂㅂㅇㅋㄹ would find nothing. At start,
 * if the index holds documents and none of them has {@value #MARKER} (written for every
 * organization), it is rebuilt in the background, as an empty one is.
 */
@Component
class IndexFormat {

	private static final Logger log = LoggerFactory.getLogger(IndexFormat.class);

	/** A field every document of the current format has. */
	static final String MARKER = SearchFields.BUSINESS_NUMBER;

	private final EntityManagerFactory entityManagerFactory;
	private final SearchIndex index;

	IndexFormat(EntityManagerFactory entityManagerFactory, SearchIndex index) {
		this.entityManagerFactory = entityManagerFactory;
		this.index = index;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenOutdated() {
		try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Organization.class)
			.extension(LuceneExtension.get()).openIndexReader()) {
			if (outdated(reader)) {
				log.info("Search index was written by an older version: rebuilding it in the background");
				index.rebuildInBackground();
			}
		}
		catch (IOException e) {
			log.warn("Could not read the search index to check its format", e);
		}
	}

	static boolean outdated(IndexReader reader) throws IOException {
		return reader.numDocs() > 0 && reader.getDocCount(MARKER) == 0;
	}
}
