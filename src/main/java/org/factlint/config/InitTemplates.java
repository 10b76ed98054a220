package org.factlint.config;

/** What {@code factlint init} writes and prints: a commented configuration and CI snippets. */
public final class InitTemplates {
    private InitTemplates() {}

    /** A commented {@code .factlint.yml}; every setting is at its default, so the file changes nothing until edited. */
    public static final String CONFIG = """
            # factlint configuration. factlint uses the nearest .factlint.yml in the folder of the first
            # file checked or a parent folder (or --config FILE); command-line options override it.

            # Lowest severity that fails the run (exit code 1): error, warning or info.
            fail-on: warning

            # Per rule: off, or the severity to report it at (error, warning, info). `factlint rules`
            # lists the ids, including the two suppression checks.
            rules:
              # currency-conversion: warning
              # event-dated-twice: error
              # unused-suppression: off

            # The currency a bare "$" means (ISO 4217 code).
            # currency: USD

            # How to read 3/4/2025: en-GB (3 April, the default) or en-US (4 March).
            # date-order: en-GB

            # Extra folders, relative to this file: newsroom rules (.drl) and reference facts.
            # rules-dirs: [factlint/rules]
            # facts-dirs: [factlint/facts]

            # Which files a folder walk picks up (globs relative to the folder walked or to this file).
            # include: ["**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt"]
            # exclude: ["archive/**", "**/README.md"]
            """;

    public static final String GITHUB_ACTIONS = """
            # .github/workflows/factlint.yml
            name: factlint
            on: [push, pull_request]
            permissions:
              contents: read
              security-events: write
            jobs:
              factlint:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-java@v4
                    with:
                      distribution: temurin
                      java-version: '17'
                      cache: maven
                  - name: factlint report (SARIF, for code scanning)
                    run: ./factlint check --format sarif drafts/ > factlint.sarif || true
                  - uses: github/codeql-action/upload-sarif@v3
                    with:
                      sarif_file: factlint.sarif
                  - name: factlint gate
                    run: ./factlint check drafts/
            """;

    public static final String PRE_COMMIT = """
            # .pre-commit-config.yaml
            repos:
              - repo: local
                hooks:
                  - id: factlint
                    name: factlint
                    language: system
                    entry: ./factlint check
                    files: \\.(md|html)$
            """;

    public static final String GITLAB_CI = """
            # .gitlab-ci.yml
            factlint:
              image: maven:3.9-eclipse-temurin-17
              variables:
                MAVEN_OPTS: "-Dmaven.repo.local=$CI_PROJECT_DIR/.m2/repository"
              cache:
                paths: [.m2/repository]
              script:
                - ./factlint check --format json drafts/ > factlint.json || true
                - ./factlint check drafts/
              artifacts:
                when: always
                paths: [factlint.json]
            """;
}
