package org.ieum.shared.imports;

import java.io.Serializable;
import java.util.List;

/** Why a row cannot be imported: a message key with its arguments, shown in Korean in the preview and on the command line. */
public record RowProblem(String messageKey, List<String> arguments) implements Serializable {

	public static RowProblem of(String messageKey, String... arguments) {
		return new RowProblem(messageKey, List.of(arguments));
	}
}
