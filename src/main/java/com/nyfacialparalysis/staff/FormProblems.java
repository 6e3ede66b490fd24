package com.nyfacialparalysis.staff;

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
 * Turns a staff form's mistakes into what the shared error summary and field messages
 * show (templates/fragments/forms.html): one problem per field, in the order of the form,
 * each linked to the element of its field.
 */
@Component
public class FormProblems {

	private final MessageSource messages;

	FormProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Puts {@code problems} (for the summary) and {@code problemsByField} (keyed by
	 * element id, for the messages beside each field) in the model; {@code elementOf}
	 * gives the id of a field's element.
	 */
	public void show(Model model, BindingResult result, List<String> order, UnaryOperator<String> elementOf) {
		Map<String, Problem> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), new Problem(elementOf.apply(error.getField()),
					this.messages.getMessage(error, LocaleContextHolder.getLocale())));
		}
		List<Map.Entry<String, Problem>> sorted = new ArrayList<>(byField.entrySet());
		sorted.sort(Comparator.comparingInt((entry) -> {
			int index = order.indexOf(entry.getKey());
			return (index < 0) ? Integer.MAX_VALUE : index;
		}));
		List<Problem> problems = sorted.stream().map(Map.Entry::getValue).toList();
		Map<String, String> messagesByElement = new LinkedHashMap<>();
		problems.forEach((problem) -> messagesByElement.put(problem.field(), problem.message()));
		model.addAttribute("problems", problems);
		model.addAttribute("problemsByField", messagesByElement);
	}

	/**
	 * As {@link #show(Model, BindingResult, List, UnaryOperator)}, each field's element
	 * having its name.
	 */
	public void show(Model model, BindingResult result, List<String> order) {
		show(model, result, order, UnaryOperator.identity());
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
		model.addAttribute("problems", List.of(new Problem(element, message)));
		model.addAttribute("problemsByField", Map.of(element, message));
	}

	/** A page with no mistakes to show. */
	public static void none(Model model) {
		model.addAttribute("problems", List.of());
		model.addAttribute("problemsByField", Map.of());
	}

	/**
	 * One mistake, as the error summary lists it.
	 *
	 * @param field the id of the element it is about (the summary links to it)
	 * @param message what to put right, in plain words
	 */
	record Problem(String field, String message) {

		public String anchor() {
			return this.field;
		}

	}

}
