package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.connector.authentication.AuthenticationException;

/**
 * A request refused at our edge, with the status the Bot Framework authentication spec gives it (401, or 403 when
 * the token is good but its signing key is not endorsed for the activity's channel) and a reason that is safe to
 * send back: it names the check that failed, never the token or anything the request carried.
 */
final class AuthenticationFailure extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private AuthenticationFailure(int status, String reason) {
        super(reason);
        this.status = status;
    }

    static AuthenticationFailure unauthorized(String reason) {
        return new AuthenticationFailure(401, reason);
    }

    static AuthenticationFailure forbidden(String reason) {
        return new AuthenticationFailure(403, reason);
    }

    int status() {
        return status;
    }

    String reason() {
        return getMessage();
    }
}
