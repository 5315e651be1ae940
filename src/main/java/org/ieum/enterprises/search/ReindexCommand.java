package org.ieum.enterprises.search;

import java.io.PrintWriter;
import java.util.List;

import org.ieum.shared.cli.Command;
import org.springframework.stereotype.Component;

/** {@code java -jar ieum.jar reindex organizations}: rebuilds the search index and waits for it. */
@Component
class ReindexCommand implements Command {

	private final SearchIndex index;

	ReindexCommand(SearchIndex index) {
		this.index = index;
	}

	@Override
	public String name() {
		return "reindex organizations";
	}

	@Override
	public String usage() {
		return "(검색 색인을 처음부터 다시 만듭니다)";
	}

	@Override
	public int run(List<String> args, PrintWriter out) {
		if (!args.isEmpty()) {
			out.println("알 수 없는 인수: " + String.join(" ", args));
			return USAGE;
		}
		SearchIndex.Build build = index.rebuild();
		if (build.failure() != null) {
			out.println("색인을 만들지 못했습니다: " + build.failure());
			return 1;
		}
		out.printf("조직 %d곳을 색인했습니다 (%.1f초).%n", build.organizations(), build.took().toMillis() / 1000.0);
		return OK;
	}
}
