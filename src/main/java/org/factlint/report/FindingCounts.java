package org.factlint.report;

import java.util.List;

/** How many findings of each severity a run produced, for the summary of every report format. */
public record FindingCounts(int errors, int warnings, int infos) {

    public static FindingCounts of(List<FileResult> files) {
        int errors = 0, warnings = 0, infos = 0;
        for (FileResult file : files) {
            for (ReportedFinding finding : file.findings()) {
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                }
            }
        }
        return new FindingCounts(errors, warnings, infos);
    }

    public int total() {
        return errors + warnings + infos;
    }
}
