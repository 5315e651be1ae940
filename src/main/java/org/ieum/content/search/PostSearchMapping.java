package org.ieum.content.search;

import static org.ieum.content.search.PostAnalysis.GRAMS;
import static org.ieum.content.search.PostAnalysis.GRAMS_QUERY;
import static org.ieum.content.search.PostAnalysis.KOREAN;
import static org.ieum.content.search.PostAnalysis.KOREAN_QUERY;

import java.util.List;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.ieum.content.board.Post;
import org.springframework.stereotype.Component;

/**
 * The shape of the post index, declared here so the board core stays free of search. Every post
 * is indexed; who may find it (published now, not hidden, not a private question, an enabled
 * board) is decided when searching ({@link PostSearch}), because a period starts and ends
 * without anyone saving the post. Attachments' text is added by {@link PostAttachmentsBinder}.
 */
@Component("postSearchMapping")
class PostSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "post";
	static final String TITLE = "title";
	static final String TITLE_GRAMS = "title_grams";
	static final String BODY = "body";
	static final String CATEGORY = "category";
	static final String ATTACHMENTS = "attachments";
	static final String BOARD = "board";
	static final String OWNER = "owner";
	static final String CENTERS = "centers";
	static final String PRIVATE = "private";
	static final String HIDDEN = "hidden";
	static final String FROM = "from";
	static final String UNTIL = "until";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep post = context.programmaticMapping().type(Post.class);
		post.indexed().index(INDEX);
		post.binder(new PostAttachmentsBinder());
		List<Highlightable> highlight = List.of(Highlightable.ANY);
		post.property("title")
			.fullTextField(TITLE).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY).highlightable(highlight)
				.projectable(Projectable.YES)
			.fullTextField(TITLE_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY);
		post.property("bodyText")
			.fullTextField(BODY).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY).highlightable(highlight)
				.projectable(Projectable.YES);
		post.property("category").fullTextField(CATEGORY).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		post.property("boardId").genericField(BOARD).projectable(Projectable.YES);
		post.property("centerId").genericField(OWNER).projectable(Projectable.YES);
		post.property("privatePost").genericField(PRIVATE);
		post.property("hidden").genericField(HIDDEN);
		post.property("publishFrom").genericField(FROM).sortable(Sortable.YES).projectable(Projectable.YES);
		post.property("publishUntil").genericField(UNTIL);
	}
}
