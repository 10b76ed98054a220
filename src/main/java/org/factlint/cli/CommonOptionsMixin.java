package org.factlint.cli;

import picocli.CommandLine.ArgGroup;

/** Wraps {@link CommonOptions} so check and claims declare the same options once. */
final class CommonOptionsMixin {
    @ArgGroup(exclusive = false, heading = "%nCommon options:%n")
    CommonOptions options = new CommonOptions();
}
