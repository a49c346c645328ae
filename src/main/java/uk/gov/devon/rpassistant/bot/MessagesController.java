package uk.gov.devon.rpassistant.bot;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/messages: the Bot Connector's door. Our own, because the SDK's controller fails on Spring 6+
 * (upstream issue #1521). {@link IncomingActivities} reads and checks the body (413 over 256 KB, 400 for one that
 * is not an activity or lacks what a turn needs); the adapter runs the turn, and the outcome is mapped: the invoke
 * response's status and body, 202 otherwise, 401 when authentication fails (including a token that is not a JWT
 * at all). No response carries an exception's text.
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);
    private static final String SOMETHING_WENT_WRONG = "Something went wrong while handling the activity.";

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;
    private final IncomingActivities incoming = new IncomingActivities();
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    MessagesController(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    CompletableFuture<ResponseEntity<String>> incoming(HttpServletRequest request,
            @RequestHeader(name = "Authorization", defaultValue = "") String authorization) {
        Activity activity;
        try {
            activity = incoming.read(request.getContentLengthLong(), request.getInputStream());
        } catch (IncomingActivities.Rejected e) {
            return CompletableFuture.completedFuture(error(e.status(), e.reason()));
        } catch (IOException e) {
            return CompletableFuture.completedFuture(error(400, "The body could not be read."));
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

    private ResponseEntity<String> toResponse(InvokeResponse invoke) {
        if (invoke == null) {
            return ResponseEntity.accepted().build();
        }
        if (invoke.getStatus() >= 500) {
            // The SDK puts an exception's message in the body of a failed invoke: it is never passed on.
            log.error("An invoke answered {}", invoke.getStatus());
            return error(invoke.getStatus(), SOMETHING_WENT_WRONG);
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
            return error(refused.status(), refused.reason());
        }
        if (cause instanceof AuthenticationException || cause instanceof JWTDecodeException) {
            return error(HttpStatus.UNAUTHORIZED.value(), "The request is not authenticated.");
        }
        log.error("Could not process an activity: {}", cause.getClass().getName());
        return error(HttpStatus.INTERNAL_SERVER_ERROR.value(), SOMETHING_WENT_WRONG);
    }

    private ResponseEntity<String> error(int status, String reason) {
        try {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(mapper.writeValueAsString(Map.of("error", reason)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
