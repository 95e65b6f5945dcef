package org.uclg.carta.kit.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Unknown or malformed ids are "not found" for HTML pages (API answers come from {@link ApiErrorAdvice}). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private final ErrorPages pages;

    ErrorAdvice(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return pages.page(request, HttpStatus.NOT_FOUND);
    }

    /** A malformed id in the path is an unknown page; a malformed query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        boolean inPath =
                e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return inPath
                ? pages.page(request, HttpStatus.NOT_FOUND)
                : pages.page(request, HttpStatus.BAD_REQUEST, "error.parameter.invalid");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(HttpServletRequest request, BadRequestException e) {
        return pages.page(request, HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
    }

    /** A step the item's state does not allow (endorsing a closed campaign): a conflict, said in words. */
    @ExceptionHandler(org.uclg.carta.kit.content.WorkflowException.class)
    ModelAndView conflict(HttpServletRequest request, org.uclg.carta.kit.content.WorkflowException e) {
        return pages.page(request, HttpStatus.CONFLICT, e.messageKey());
    }

    @ExceptionHandler(BusyException.class)
    ModelAndView busy(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        return pages.page(request, HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return pages.page(request, HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
