package org.uclg.carta.kit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem+json answers, with a localised detail, for every JSON endpoint. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    private final ErrorPages pages;

    ApiErrorAdvice(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return pages.problem(request, HttpStatus.NOT_FOUND);
    }

    /** A malformed id in the path is an unknown page; a malformed query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        boolean inPath =
                e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return inPath
                ? pages.problem(request, HttpStatus.NOT_FOUND)
                : pages.problem(request, HttpStatus.BAD_REQUEST, "error.parameter.invalid");
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request, BadRequestException e) {
        return pages.problem(request, HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
    }

    /** A step the item's state does not allow (endorsing a closed campaign): a conflict, said in words. */
    @ExceptionHandler(org.uclg.carta.kit.content.WorkflowException.class)
    ResponseEntity<ProblemDetail> conflict(HttpServletRequest request, org.uclg.carta.kit.content.WorkflowException e) {
        return pages.problem(request, HttpStatus.CONFLICT, e.messageKey());
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        return pages.problem(request, HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(
            HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", "3600");
        return pages.problem(request, HttpStatus.TOO_MANY_REQUESTS);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        return NulFreeJson.isNul(e)
                ? pages.problem(request, HttpStatus.BAD_REQUEST, "error.parameter.nul")
                : pages.problem(request, HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, InvalidInputException e) {
        ResponseEntity<ProblemDetail> response = pages.problem(request, HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((field, key) -> errors.put(field, pages.message(key, request)));
        response.getBody().setProperty("errors", errors);
        return response;
    }
}
