package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/** Pages read Ieum's view records and beans through the quick accessor with the same answers as before. */
class ViewPropertiesTests {

	private record Row(String title, long views, boolean pinned, Row parent) {

		public String getLabel() {
			return "[" + title + "]";
		}
	}

	public static class Bean {

		public String getName() {
			return "빈";
		}

		public boolean isOpen() {
			return true;
		}

		public String plain() {
			return "not a property";
		}
	}

	private final SpelExpressionParser parser = new SpelExpressionParser();

	private Object read(String expression, Object root, boolean quick) {
		StandardEvaluationContext context = new StandardEvaluationContext(root);
		if (quick) {
			ViewProperties.install(context);
		}
		return parser.parseExpression(expression).getValue(context);
	}

	@Test
	void recordsAndBeansReadTheSameWithAndWithoutTheQuickAccessor() {
		Row row = new Row("공지", 12_345, true, new Row("상위", 1, false, null));
		for (String expression : List.of("title", "views", "pinned", "parent.title", "label", "parent.parent",
				"views > 100 ? 'many' : 'few'", "title + ' ' + parent.views")) {
			assertThat(read(expression, row, true)).as(expression).isEqualTo(read(expression, row, false));
		}
		Bean bean = new Bean();
		assertThat(read("name", bean, true)).isEqualTo("빈");
		assertThat(read("open", bean, true)).isEqualTo(true);
	}

	@Test
	void whatIsNoPropertyStaysNoProperty() {
		assertThatThrownBy(() -> read("missing", new Row("a", 1, false, null), true))
			.isInstanceOf(SpelEvaluationException.class);
		assertThatThrownBy(() -> read("missing", new Bean(), true)).isInstanceOf(SpelEvaluationException.class);
		// a plain method is whatever Spring's own accessor makes of it
		assertThat(outcome("plain", new Bean(), true)).isEqualTo(outcome("plain", new Bean(), false));
	}

	private String outcome(String expression, Object root, boolean quick) {
		try {
			return String.valueOf(read(expression, root, quick));
		}
		catch (SpelEvaluationException e) {
			return e.getMessageCode().name();
		}
	}

	@Test
	void anExpressionKeptOnTheQuickAccessorStillReadsOtherTypes() {
		Expression expression = parser.parseExpression("title");
		EvaluationContext context = new StandardEvaluationContext();
		ViewProperties.install(context);
		assertThat(expression.getValue(context, new Row("행", 1, false, null))).isEqualTo("행");
		// the same expression meets a map next: SpEL asks the other accessors again
		((StandardEvaluationContext) context).addPropertyAccessor(new org.springframework.context.expression.MapAccessor());
		assertThat(expression.getValue(context, Map.of("title", "지도"))).isEqualTo("지도");
		assertThat(expression.getValue(context, new Row("다시", 1, false, null))).isEqualTo("다시");
	}

	@Test
	void installingTwiceAddsItOnce() {
		StandardEvaluationContext context = new StandardEvaluationContext();
		ViewProperties.install(context);
		ViewProperties.install(context);
		assertThat(context.getPropertyAccessors()).filteredOn(a -> a == ViewProperties.ACCESSOR).hasSize(1);
		assertThat(context.getPropertyAccessors().get(0)).isSameAs(ViewProperties.ACCESSOR);
	}
}
