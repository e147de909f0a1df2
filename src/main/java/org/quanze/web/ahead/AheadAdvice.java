package org.quanze.web.ahead;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** A picked date that is not a date: 400 on the error page, naming the value and the form expected. */
@ControllerAdvice
class AheadAdvice {

    static final String ERROR_VIEW = "error";

    private final MessageSource messages;

    AheadAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadAsOfException.class)
    String badDate(BadAsOfException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        // The page's own path without the bad date, for the language switch of the layout.
        model.addAttribute("currentPath", UriComponentsBuilder.fromPath(request.getRequestURI()
                .substring(request.getContextPath().length())).query(request.getQueryString())
                .replaceQueryParam("lang").replaceQueryParam(AsOf.PARAM).build(true).toUriString());
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", messages.getMessage("ahead.badDate", new Object[] {e.value()},
                LocaleContextHolder.getLocale()));
        return ERROR_VIEW;
    }
}
