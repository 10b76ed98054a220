package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Validates documents against the OASIS SARIF 2.1.0 schema kept outside the project
 * ({@code ../shared/schemas}); callers are skipped, not failed, where that file is absent.
 */
public final class SarifSchema {
    public static final Path FILE = Path.of("../shared/schemas/sarif-schema-2.1.0.json");

    private SarifSchema() {}

    public static void assertValid(String sarif) throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "SARIF schema not found at " + FILE.toAbsolutePath() + "; skipping");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schemaNode = mapper.readTree(FILE.toFile());
        // The dialect the file declares (draft-04 for the OASIS file). Loading any further schema
        // is refused, so the check never reaches for the network.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode),
                builder -> builder.schemaLoaders(loaders -> loaders.values(list -> {
                    list.clear();
                    list.add(DisallowSchemaLoader.getInstance());
                })));
        JsonSchema schema = factory.getSchema(schemaNode);
        Set<ValidationMessage> problems = schema.validate(mapper.readTree(sarif));
        assertThat(problems).as("SARIF schema violations").isEmpty();
    }
}
