package kz.stat.mics.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.NotAllowedException;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.port.UnstorableTextException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every failure becomes a message: on a page for the pages, in JSON for the API, with a status
 * that says what kind it was, and never a stack trace.
 */
@ControllerAdvice
@RestController
public class Failures implements ErrorController {
  private final Web web;

  Failures(Web web) {
    this.web = web;
  }

  /** The status and the one-line message of a failure. */
  record Failure(int status, String message) {}

  static Failure of(Throwable thrown) {
    Throwable t = thrown;
    // The use cases' own exceptions may arrive wrapped (by Spring, or the store's transaction).
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof RuntimeException && c.getClass().getName().startsWith("kz.stat.mics.")) {
        t = c;
        break;
      }
    }
    if (t instanceof NotAllowedException) {
      return new Failure(403, t.getMessage());
    }
    if (t instanceof UnknownPlanException) {
      return new Failure(404, t.getMessage());
    }
    if (t instanceof ProgressConflictException) {
      return new Failure(409, "conflict: " + t.getMessage());
    }
    if (t instanceof PlanDocumentException || t instanceof AccountException
        || t instanceof UnstorableTextException || t instanceof IllegalArgumentException) {
      return new Failure(400, t.getMessage());
    }
    if (t instanceof MissingServletRequestParameterException m) {
      return new Failure(400, "missing: " + m.getParameterName());
    }
    if (t instanceof MethodArgumentTypeMismatchException m) {
      return new Failure(400, m.getName() + ": not a valid value: " + m.getValue());
    }
    if (t instanceof MaxUploadSizeExceededException) {
      return new Failure(413, "the document is larger than 20 MB");
    }
    if (t instanceof org.springframework.web.ErrorResponse e) {
      return byStatus(e.getStatusCode().value());
    }
    if (t instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
      return new Failure(400, "the request's body is not the JSON expected");
    }
    if (t instanceof StoreException) {
      return new Failure(503, t.getMessage());
    }
    if (System.getenv("MICS_DEBUG") != null) {
      thrown.printStackTrace();
    }
    return new Failure(500, "the server could not complete the request; nothing was changed");
  }

  static Failure byStatus(int status) {
    return new Failure(status, switch (status) {
      case 403 -> "forbidden: a form older than the session, or a right you do not have";
      case 404 -> "no such page";
      case 405 -> "this method is not allowed here";
      case 415 -> "this kind of content is not accepted here";
      default -> "the request could not be completed";
    });
  }

  @ExceptionHandler(Web.SignedOut.class)
  ResponseEntity<String> signedOut(HttpServletRequest request) {
    if (request.getRequestURI().startsWith("/api/")) {
      return json(new Failure(401, "sign in with an API token"));
    }
    Optional.ofNullable(request.getSession(false)).ifPresent(s -> s.invalidate());
    return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/login?expired").build();
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<String> failed(HttpServletRequest request, Exception e) {
    return answer(request, of(e));
  }

  /** Failures outside the controllers (no such page, a method not allowed) land here. */
  @RequestMapping("/error")
  ResponseEntity<String> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Failure f = thrown instanceof Throwable t ? of(t) : byStatus(status);
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    return uri.startsWith("/api/") ? json(f) : page(request, f);
  }

  private ResponseEntity<String> answer(HttpServletRequest request, Failure f) {
    return request.getRequestURI().startsWith("/api/") ? json(f) : page(request, f);
  }

  private ResponseEntity<String> page(HttpServletRequest request, Failure f) {
    Page page;
    try {
      page = web.page(request);
    } catch (RuntimeException signedOut) {
      page = web.page(request, Optional.empty());
    }
    return ResponseEntity.status(f.status()).contentType(Pages.HTML)
        .body(Web.render("message.jte", Map.of("page", page, "status", f.status(),
            "message", f.message())));
  }

  static ResponseEntity<String> json(Failure f) {
    String message = f.message().replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("\n", " ");
    return ResponseEntity.status(f.status()).contentType(MediaType.APPLICATION_JSON)
        .body("{\"error\":\"" + message + "\"}");
  }
}
