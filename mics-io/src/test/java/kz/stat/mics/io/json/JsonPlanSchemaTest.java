package kz.stat.mics.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.Precedence;
import org.junit.jupiter.api.Test;

class JsonPlanSchemaTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonSchema schema() throws IOException {
    String text = Files.readString(Path.of("..", "docs", "mics-plan.schema.json"));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
  }

  @Test
  void theSeedPlanAsWrittenMatchesThePublishedSchema() throws IOException {
    JsonNode written = mapper.readTree(JsonPlanRoundTripTest.write(
        SeedPlan.plan().withPrecedences(List.of(Precedence.of("11.2", "11.3")))));
    Set<ValidationMessage> errors = schema().validate(written);
    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownField() throws IOException {
    JsonNode written = mapper.readTree(JsonPlanRoundTripTest.write(SeedPlan.plan()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) written.get("sections").get(0)
        .get("activities").get(0)).put("titel", "x");
    assertThat(schema().validate(written)).isNotEmpty();
  }
}
