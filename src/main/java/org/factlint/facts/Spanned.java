package org.factlint.facts;

/** A fact that stands for a span of the plain text, so a finding can point at it. */
public interface Spanned {
    int start();

    int end();

    String text();
}
