package io.autoghg.platform.web;

import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Model attributes every console page uses, and friendly error pages for console requests. */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API's problem-detail handler, which would otherwise answer console pages with JSON
class ConsoleAdvice {

    private final io.autoghg.platform.security.Access access;

    ConsoleAdvice(io.autoghg.platform.security.Access access) {
        this.access = access;
    }

    /** Who is signed in ("user:alice"), or null on the sign-in page. */
    @ModelAttribute("me")
    String me() {
        try {
            return access.caller().actorName();
        } catch (io.autoghg.platform.support.UnauthenticatedException e) {
            return null;
        }
    }

    /**
     * Whether the caller administers everywhere (the Administration link is shown only then). Never
     * denies or records anything: a page without a signed-in caller simply gets false.
     */
    @ModelAttribute("admin")
    boolean admin() {
        try {
            return access.caller().grants().stream()
                    .anyMatch(grant -> grant.everywhere() && grant.role().grants(io.autoghg.platform.security.Permission.ADMINISTER));
        } catch (io.autoghg.platform.support.UnauthenticatedException e) {
            return false;
        }
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage().equals("zh") ? "zh" : "en";
    }

    /**
     * The current page's address with its query (tab, filters …) but without "lang", ending in "?"
     * or "&amp;", so that the language links switch language and keep everything else.
     */
    @ModelAttribute("langBase")
    String langBase(jakarta.servlet.http.HttpServletRequest request) {
        StringBuilder base = new StringBuilder(request.getRequestURI()).append('?');
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("lang=")) {
                    base.append(pair).append('&');
                }
            }
        }
        return base.toString();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        return errorPage(model, locale, request, e.getMessage(), false);
    }

    /** A friendly "no access" page: what the roles do not allow, and whom to ask. */
    @ExceptionHandler(io.autoghg.platform.support.ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(io.autoghg.platform.support.ForbiddenException e, Model model, Locale locale,
                     jakarta.servlet.http.HttpServletRequest request) {
        return errorPage(model, locale, request, e.getMessage(), true);
    }

    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadRequestException e, Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        return errorPage(model, locale, request, e.field() + ": " + e.getMessage(), false);
    }

    /** Exception handlers get no model attributes of their own: the page's top bar needs them too. */
    private String errorPage(Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request, String message, boolean forbidden) {
        model.addAttribute("me", me());
        model.addAttribute("admin", admin());
        model.addAttribute("lang", lang(locale));
        model.addAttribute("langBase", langBase(request));
        model.addAttribute("forbidden", forbidden);
        model.addAttribute("message", message);
        return "error-page";
    }
}
