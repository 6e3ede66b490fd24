package com.nyfacialparalysis.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns a form's mistakes into what the shared error summary and field messages show
 * (templates/fragments/forms.html), on the public forms and the staff desk alike: one
 * problem per field, in the order of the form, each linked to the element of its field.
 * The model gets {@code problems} (for the summary) and {@code problemsByField} (for the
 * message beside each field).
 */
@Component
public class FormProblems {

	private final MessageSource messages;

	FormProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One problem per field, in the order {@code order} gives (a field it does not name
	 * comes last), each keyed by and linked to the field's name.
	 */
	public List<Problem> of(BindingResult result, List<String> order) {
		Map<String, Problem> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(),
					new Problem(error.getField(), this.messages.getMessage(error, LocaleContextHolder.getLocale())));
		}
		List<Problem> problems = new ArrayList<>(byField.values());
		problems.sort(Comparator.comparingInt((problem) -> {
			int index = order.indexOf(problem.field());
			return (index < 0) ? Integer.MAX_VALUE : index;
		}));
		return problems;
	}

	/** Puts these problems in the model, each field's message under its key. */
	public static void show(Model model, List<Problem> problems) {
		Map<String, String> messagesByField = new LinkedHashMap<>();
		problems.forEach((problem) -> messagesByField.put(problem.field(), problem.message()));
		model.addAttribute("problems", problems);
		model.addAttribute("problemsByField", messagesByField);
	}

	/**
	 * Puts the form's problems in the model; {@code elementOf} gives the id of a field's
	 * element, which keys its message and which the summary links to.
	 */
	public void show(Model model, BindingResult result, List<String> order, UnaryOperator<String> elementOf) {
		show(model, of(result, order).stream().map((problem) -> problem.at(elementOf.apply(problem.field()))).toList());
	}

	/**
	 * As {@link #show(Model, BindingResult, List, UnaryOperator)}, each field's element
	 * having its name.
	 */
	public void show(Model model, BindingResult result, List<String> order) {
		show(model, of(result, order));
	}

	/**
	 * One problem (the message with this code), linked to the element {@code element};
	 * none when the code is null.
	 */
	public void one(Model model, String element, String code) {
		if (code == null) {
			none(model);
			return;
		}
		String message = this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
		show(model, List.of(new Problem(element, message)));
	}

	/** A page with no mistakes to show. */
	public static void none(Model model) {
		show(model, List.of());
	}

	/**
	 * One mistake, as the error summary lists it.
	 *
	 * @param field the key of its message beside the field (the field's name, or its
	 * element's id)
	 * @param message what to put right, in plain words
	 * @param anchor the id of the element the summary links to
	 */
	public record Problem(String field, String message, String anchor) {

		/** A problem linked to the element with the field's own name. */
		public Problem(String field, String message) {
			this(field, message, field);
		}

		/** The same problem, the summary linking to {@code element} instead. */
		public Problem linkedTo(String element) {
			return new Problem(this.field, this.message, element);
		}

		/** The same problem, about the element {@code element} (keyed and linked). */
		Problem at(String element) {
			return new Problem(element, this.message, element);
		}

	}

}
