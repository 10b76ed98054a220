package org.factlint.extract.statements;

/** A sentence-level statement whose figures can be checked against each other. Offsets are plain-text offsets. */
public sealed interface Statement permits ShareStatement, ChangeStatement, PartsStatement {
    int start();

    int end();

    /** Index of the sentence it was found in. */
    int sentence();
}
