package org.quanze.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.quanze.web.linkeddata.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.ui.Model;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page needs (the path to switch language on) and the real 404 page; the admin link is {@code admin}'s. */
@ControllerAdvice
class PageAdvice {

    static final String NOT_FOUND_VIEW = "error/404";
    static final String SLOW_VIEW = "error/slow";
    static final String LOADING_VIEW = "error/loading";
    private static final AntPathMatcher ROUTES = new AntPathMatcher();
    /** Seconds a client is asked to wait before asking again while the first load runs. */
    static final String LOADING_RETRY = "5";

    /** The current path and query without {@code lang}, so that the language switch stays on the page. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original != null ? original.toString() : request.getRequestURI();
        String query = original != null ? null : request.getQueryString();
        String withoutContext = path.substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(withoutContext).query(query).replaceQueryParam("lang").build(true).toUriString();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.TEXT_PLAIN)
                .body("the upload is larger than the server accepts (" + e.getMaxUploadSize() + " bytes at most)\n");
    }

    /** A page whose query ran past the configured time: the server is busy or the question too wide. */
    @ExceptionHandler(QueryCancelledException.class)
    String tooSlow(HttpServletResponse response, Model model, HttpServletRequest request) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        model.addAttribute("currentPath", currentPath(request));
        return SLOW_VIEW;
    }

    /**
     * A request while the first start loads the bundled data: 503, to be asked again in a few seconds
     * (the page reloads itself), with how far the load has come; the protocol routes get it as text.
     */
    @ExceptionHandler(FirstLoadGate.FirstLoadUnderway.class)
    Object loading(FirstLoadGate.FirstLoadUnderway e, HttpServletResponse response, Model model,
                   HttpServletRequest request) {
        response.setHeader("Retry-After", LOADING_RETRY);
        if (protocolRoute(request)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                    .body("the server is loading its bundled data (first start): ask again in a few seconds\n");
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Refresh", LOADING_RETRY);
        model.addAttribute("progress", e.progress());
        model.addAttribute("currentPath", currentPath(request));
        return LOADING_VIEW;
    }

    private static boolean protocolRoute(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WebConfiguration.PROTOCOL_ROUTES.stream().anyMatch(route -> ROUTES.match(route, path));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model, HttpServletRequest request) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("what", e.what());
        model.addAttribute("currentPath", currentPath(request));
        return NOT_FOUND_VIEW;
    }
}
