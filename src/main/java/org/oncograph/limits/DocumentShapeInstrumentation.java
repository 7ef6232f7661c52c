package org.oncograph.limits;

import java.util.List;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before validation, a document with more operations or more aliased fields than
 * allowed: a document is parsed and validated whole even though one operation runs, and
 * aliases are the way to repeat a field many times.
 */
class DocumentShapeInstrumentation extends SimplePerformantInstrumentation {

	private final int maxOperations;

	private final int maxAliases;

	DocumentShapeInstrumentation(int maxOperations, int maxAliases) {
		this.maxOperations = maxOperations;
		this.maxAliases = maxAliases;
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		Document document = parameters.getDocument();
		long operations = document.getDefinitions().stream().filter(OperationDefinition.class::isInstance).count();
		if (operations > this.maxOperations) {
			throw new AbortExecutionException(
					"The document has " + operations + " operations, more than the " + this.maxOperations
							+ " allowed (oncograph.limits.max-operations): send one operation per request.");
		}
		int aliases = 0;
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				aliases += aliases(operation.getSelectionSet());
			}
			else if (definition instanceof FragmentDefinition fragment) {
				aliases += aliases(fragment.getSelectionSet());
			}
		}
		if (aliases > this.maxAliases) {
			throw new AbortExecutionException("The document has " + aliases + " aliased fields, more than the "
					+ this.maxAliases + " allowed (oncograph.limits.max-aliases).");
		}
		return super.beginValidation(parameters, state);
	}

	private static int aliases(@Nullable SelectionSet selections) {
		if (selections == null) {
			return 0;
		}
		int count = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				count += ((field.getAlias() != null) ? 1 : 0) + aliases(field.getSelectionSet());
			}
			else if (selection instanceof InlineFragment fragment) {
				count += aliases(fragment.getSelectionSet());
			}
		}
		return count;
	}

}
