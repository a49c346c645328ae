package uk.gov.devon.rpassistant.bot;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/messages: the Bot Connector's door. Our own, because the SDK's controller fails on Spring 6+
 * (upstream issue #1521). It reads the body with a Jackson 2 mapper like the SDK's, hands the activity to the
 * adapter and maps the outcome: 200 with the invoke response, 202 otherwise, 400 for a body that is not an
 * activity, 401 when authentication fails (including a token that is not a JWT at all).
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .findAndRegisterModules();

    MessagesController(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    CompletableFuture<ResponseEntity<String>> incoming(@RequestBody(required = false) String body,
            @RequestHeader(name = "Authorization", defaultValue = "") String authorization) {
        Activity activity;
        try {
            activity = parse(body);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(error(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
        try {
            return adapter.processIncomingActivity(authorization, activity, bot)
                    .thenApply(this::toResponse)
                    .exceptionally(this::failure);
        } catch (CompletionException | AuthenticationException | JWTDecodeException e) {
            return CompletableFuture.completedFuture(failure(e));
        }
    }

    /** Some clients (the Agents Playground among them) probe the endpoint before posting to it. */
    @RequestMapping(path = "/api/messages", method = RequestMethod.HEAD)
    ResponseEntity<Void> probe() {
        return ResponseEntity.ok().build();
    }

    private Activity parse(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("The request has no body; expected a Bot Framework activity.");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not valid JSON.");
        }
        if (json == null || !json.isObject() || !json.path("type").isTextual()) {
            throw new IllegalArgumentException("The body is not a Bot Framework activity: it needs a \"type\".");
        }
        try {
            return mapper.treeToValue(json, Activity.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The body is not a Bot Framework activity.");
        }
    }

    private ResponseEntity<String> toResponse(InvokeResponse invoke) {
        if (invoke == null) {
            return ResponseEntity.accepted().build();
        }
        try {
            String json = invoke.getBody() == null ? null : mapper.writeValueAsString(invoke.getBody());
            return ResponseEntity.status(invoke.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the invoke response", e);
        }
    }

    private ResponseEntity<String> failure(Throwable thrown) {
        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof AuthenticationFailure refused) {
            return error(HttpStatus.valueOf(refused.status()), refused.reason());
        }
        if (cause instanceof AuthenticationException || cause instanceof JWTDecodeException) {
            return error(HttpStatus.UNAUTHORIZED, "The request is not authenticated.");
        }
        log.error("Could not process an activity: {}", cause.getClass().getName());
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong while handling the activity.");
    }

    private ResponseEntity<String> error(HttpStatus status, String reason) {
        try {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(mapper.writeValueAsString(Map.of("error", reason)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
