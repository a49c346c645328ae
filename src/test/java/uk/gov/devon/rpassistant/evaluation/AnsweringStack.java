package uk.gov.devon.rpassistant.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.devon.rpassistant.RpAssistantApplication;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;
import uk.gov.devon.rpassistant.safety.RiskScreen;

/**
 * The answering path exactly as the bot wires it: the application's own configuration, started without a web
 * server, for the command-line tools and the quality tests. {@code -Dknowledge-base.model=...} picks the model.
 */
public record AnsweringStack(ConfigurableApplicationContext context) implements AutoCloseable {

    private static AnsweringStack shared;

    /** One stack on the bundled knowledge base for all the quality tests in a run (closed when the JVM ends). */
    public static synchronized AnsweringStack shared() {
        if (shared == null) {
            shared = open(Path.of(System.getProperty("knowledge-base.path", "knowledge-base")));
        }
        return shared;
    }

    public static AnsweringStack open(Path folder, String... properties) {
        List<String> all = new ArrayList<>(List.of("knowledge-base.path=" + folder.toAbsolutePath(),
                "logging.level.root=WARN", "spring.main.banner-mode=off", "knowledge-base.reload=false",
                "spring.datasource.url=jdbc:h2:mem:answering-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        String model = System.getProperty("knowledge-base.model");
        if (model != null && !model.isBlank()) {
            all.add("knowledge-base.model=" + model);
        }
        all.addAll(List.of(properties));
        // As command-line arguments, so that they also win over system properties (surefire sets some); a property
        // given twice takes its last value.
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        all.forEach(property -> byName.put(property.substring(0, property.indexOf('=')), property));
        return new AnsweringStack(new SpringApplicationBuilder(RpAssistantApplication.class)
                .web(WebApplicationType.NONE)
                .run(byName.values().stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    public KnowledgeBase knowledgeBase() {
        return context.getBean(KnowledgeBase.class);
    }

    public AnsweringService answers() {
        return context.getBean(AnsweringService.class);
    }

    public RiskScreen riskScreen() {
        return context.getBean(RiskScreen.class);
    }

    public TextEmbedder embedder() {
        return context.getBean(TextEmbedder.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
