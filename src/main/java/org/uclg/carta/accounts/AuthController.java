package org.uclg.carta.accounts;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;

/** Sign-in page, registration, email confirmation and password reset. */
@Controller
class AuthController {

    static final int MIN_PASSWORD = 10;

    private final AccountService accounts;

    private final LoginThrottle throttle;

    AuthController(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @GetMapping("/{lang}/login")
    String login(@PathVariable String lang, jakarta.servlet.http.HttpServletRequest request, Model model) {
        var params = request.getParameterMap();
        String message = params.containsKey("error")
                ? "login.error"
                : params.containsKey("throttled")
                        ? "login.throttled"
                        : params.containsKey("unconfirmed") ? "login.unconfirmed" : null;
        model.addAttribute("message", message);
        return "accounts/login";
    }

    @GetMapping("/{lang}/register")
    String registerForm(@PathVariable String lang, Model model) {
        model.addAttribute("form", new RegistrationForm());
        model.addAttribute("errors", new FieldErrors());
        return "accounts/register";
    }

    @PostMapping("/{lang}/register")
    String register(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormFlow.submit(
                binding,
                (errors, conflict) -> {
                    form.clearPasswords();
                    model.addAttribute("errors", errors);
                    return "accounts/register";
                },
                redirect,
                "register.checkEmail",
                () -> {
                    accounts.register(form.getEmail().strip(), form.getName(), form.getPassword(), lang);
                    return "/" + lang + "/login";
                });
    }

    @GetMapping("/{lang}/confirm/{token}")
    String confirm(@PathVariable String lang, @PathVariable String token, RedirectAttributes redirect, Model model) {
        if (accounts.confirm(token)) {
            redirect.addFlashAttribute("flash", "register.confirmed");
            return "redirect:/" + lang + "/login";
        }
        model.addAttribute("messageKey", "link.invalid");
        return "accounts/linkInvalid";
    }

    @GetMapping("/{lang}/password/forgot")
    String forgotForm(@PathVariable String lang) {
        return "accounts/forgot";
    }

    @PostMapping("/{lang}/password/forgot")
    String forgot(
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String email,
            jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!throttle.resetAllowedFrom(request.getRemoteAddr())) {
            redirect.addFlashAttribute("flash", "reset.throttled");
            return "redirect:/" + lang + "/password/forgot";
        }
        if (!email.isBlank() && email.length() <= 320) {
            accounts.requestReset(email, lang);
        }
        // Same answer whether or not the address has an account.
        redirect.addFlashAttribute("flash", "reset.sent");
        return "redirect:/" + lang + "/login";
    }

    @GetMapping("/{lang}/password/reset/{token}")
    String resetForm(@PathVariable String lang, @PathVariable String token, Model model) {
        if (!accounts.resetUsable(token)) {
            model.addAttribute("messageKey", "link.invalid");
            return "accounts/linkInvalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("error", null);
        return "accounts/reset";
    }

    @PostMapping("/{lang}/password/reset/{token}")
    String reset(
            @PathVariable String lang,
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect) {
        String error = RegistrationForm.passwordProblem(password, confirmation);
        if (error != null) {
            model.addAttribute("token", token);
            model.addAttribute("error", error);
            return "accounts/reset";
        }
        if (!accounts.reset(token, password)) {
            model.addAttribute("messageKey", "link.invalid");
            return "accounts/linkInvalid";
        }
        redirect.addFlashAttribute("flash", "reset.done");
        return "redirect:/" + lang + "/login";
    }
}
