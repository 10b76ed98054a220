package org.factlint.report;

import java.util.List;

/** Everything one invocation produced, in the order the files were named. */
public record CheckRun(String toolVersion, List<FileResult> files, List<FileError> errors) {}
