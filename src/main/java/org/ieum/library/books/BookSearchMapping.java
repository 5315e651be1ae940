package org.ieum.library.books;

import static org.ieum.library.books.BookAnalysis.GRAMS;
import static org.ieum.library.books.BookAnalysis.GRAMS_QUERY;
import static org.ieum.library.books.BookAnalysis.KOREAN;
import static org.ieum.library.books.BookAnalysis.KOREAN_QUERY;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/** The shape of the catalogue index: title, authors and subject read the Korean way, and the owning center. */
@Component("bookSearchMapping")
class BookSearchMapping implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep book = context.programmaticMapping().type(Book.class);
		book.indexed().index(BookIndex.INDEX);
		book.property("title")
			.fullTextField(BookIndex.TITLE).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY)
			.fullTextField(BookIndex.TITLE_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY);
		book.property("authors")
			.fullTextField(BookIndex.AUTHORS).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY)
			.fullTextField(BookIndex.AUTHORS_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY);
		book.property("subject").fullTextField(BookIndex.SUBJECT).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		book.property("centerId").genericField(BookIndex.CENTER);
	}
}
