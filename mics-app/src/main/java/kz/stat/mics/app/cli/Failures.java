package kz.stat.mics.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import kz.stat.mics.domain.account.AccountException;
import kz.stat.mics.domain.account.NotAllowedException;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.domain.port.ProgressConflictException;
import kz.stat.mics.domain.port.StoreException;
import kz.stat.mics.domain.port.UnknownPlanException;
import kz.stat.mics.domain.port.UnstorableTextException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns what went wrong into one message on stderr and an exit code: never a stack trace. */
final class Failures implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Throwable t = ex;
    if (t instanceof UncheckedIOException u) {
      t = u.getCause();
    }
    int code;
    String message;
    if (t instanceof UserError u) {
      code = u.exitCode();
      message = u.getMessage();
    } else if (t instanceof PlanDocumentException d) {
      code = ExitCodes.DATA;
      message = d.getMessage();
    } else if (t instanceof ProgressConflictException c) {
      code = ExitCodes.DATA;
      message = "conflict: " + c.getMessage();
    } else if (t instanceof UnstorableTextException u) {
      code = ExitCodes.DATA;
      message = u.getMessage();
    } else if (t instanceof UnknownPlanException u) {
      code = ExitCodes.DATA;
      message = u.getMessage();
    } else if (t instanceof AccountException a) {
      code = ExitCodes.DATA;
      message = a.getMessage();
    } else if (t instanceof NotAllowedException n) {
      code = ExitCodes.DATA;
      message = n.getMessage();
    } else if (t instanceof StoreException s) {
      code = ExitCodes.IO;
      message = s.getMessage();
    } else if (t instanceof NoSuchFileException f) {
      code = ExitCodes.IO;
      message = f.getFile() + ": no such file";
    } else if (t instanceof AccessDeniedException f) {
      code = ExitCodes.IO;
      message = f.getFile() + ": permission denied";
    } else if (t instanceof IOException io) {
      code = ExitCodes.IO;
      message = "input/output error: " + io.getMessage();
    } else {
      code = ExitCodes.IO;
      message = "unexpected failure (" + t.getClass().getSimpleName() + "): " + t.getMessage();
      if (System.getenv("MICS_DEBUG") != null) {
        t.printStackTrace(err);
      }
    }
    err.println(t instanceof PlanDocumentException ? message : "mics: " + message);
    err.flush();
    return code;
  }
}
