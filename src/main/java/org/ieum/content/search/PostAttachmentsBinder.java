package org.ieum.content.search;

import static org.ieum.content.search.PostAnalysis.KOREAN;
import static org.ieum.content.search.PostAnalysis.KOREAN_QUERY;

import java.util.List;

import org.hibernate.Session;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostAttachment;

/**
 * Writes the text of a post's attachments and the centers whose portals show it (its own and
 * those a metropolitan center shared it with) into its document. Attachments refer to their
 * post by ID only, so they are read with a query in the indexing session; whoever changes an
 * attachment's text asks for the post to be indexed again ({@link AttachmentReading}).
 */
class PostAttachmentsBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldReference<String> attachments = context.indexSchemaElement()
			.field(PostSearchMapping.ATTACHMENTS,
					f -> f.asString().analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY)
						.highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES))
			.multiValued().toReference();
		IndexFieldReference<Long> centers = context.indexSchemaElement()
			.field(PostSearchMapping.CENTERS, f -> f.asLong())
			.multiValued().toReference();
		context.bridge(Post.class, new Bridge(attachments, centers));
	}

	private record Bridge(IndexFieldReference<String> attachments, IndexFieldReference<Long> centers)
			implements TypeBridge<Post> {

		@Override
		public void write(DocumentElement target, Post post, TypeBridgeWriteContext context) {
			target.addValue(centers, post.getCenterId());
			post.getTargetCenterIds().forEach(id -> target.addValue(centers, id));
			Session session = context.extension(HibernateOrmExtension.get()).session();
			session
				.createSelectionQuery("select a.extractedText from " + PostAttachment.class.getName()
						+ " a where a.postId = :id and a.extractedText is not null order by a.position, a.id", String.class)
				.setParameter("id", post.getId())
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getResultList()
				.forEach(text -> target.addValue(attachments, text));
		}
	}
}
