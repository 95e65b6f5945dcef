package org.uclg.carta.kit.web;

import java.util.function.Supplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a form is saved. Errors from binding and Bean Validation, or field errors the save
 * itself raises, show the form again with everything typed; a save that lost the race against
 * someone else's (optimistic lock) shows it again with the person's text and the conflict notice;
 * a good save flashes its message and redirects.
 */
public final class FormFlow {

    private FormFlow() {}

    /** Shows the form with these errors and, when {@code conflict}, the notice that someone saved first. */
    @FunctionalInterface
    public interface FormView {
        String show(FieldErrors errors, boolean conflict);
    }

    /** @param save saves and answers the path to go to, e.g. the item's page */
    public static String submit(
            BindingResult binding, FormView form, RedirectAttributes redirect, String savedKey, Supplier<String> save) {
        if (binding.hasErrors()) {
            return form.show(FieldErrors.of(binding), false);
        }
        try {
            String target = save.get();
            redirect.addFlashAttribute("flash", savedKey);
            return "redirect:" + target;
        } catch (InvalidInputException e) {
            FieldErrors errors = FieldErrors.of(binding);
            e.errors().forEach(errors::reject);
            return form.show(errors, false);
        } catch (ObjectOptimisticLockingFailureException e) {
            return form.show(FieldErrors.of(binding), true);
        }
    }

    /** A rule only the controller can check (a known id, a permission) rejects a field like a constraint. */
    public static void reject(BindingResult binding, String field, String messageKey) {
        binding.rejectValue(field, messageKey, messageKey);
    }
}
